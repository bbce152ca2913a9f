import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.output-*/**', '.wxt/**', 'node_modules/**', 'tests/e2e/.runs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Privacy: nothing in ShopMate may talk to a server. fetch/XHR/WebSocket/beacon are banned
      // outside the page-world observer, which only *wraps* the page's own calls.
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'ShopMate never sends requests (passive and private).' },
        { name: 'XMLHttpRequest', message: 'ShopMate never sends requests (passive and private).' },
        { name: 'WebSocket', message: 'ShopMate never sends requests (passive and private).' },
        { name: 'EventSource', message: 'ShopMate never sends requests (passive and private).' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'navigator', property: 'sendBeacon', message: 'ShopMate never sends requests.' },
      ],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['tests/**', 'scripts/**', '*.config.ts'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
);
