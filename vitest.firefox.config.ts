import { defineConfig } from 'vitest/config';

/** The built Firefox add-on in headless firefox-esr over WebDriver BiDi (../shared/E2E-FIREFOX.md). */
export default defineConfig({
  test: {
    include: ['tests/firefox/**/*.firefox.test.ts'],
    globalSetup: ['tests/firefox/global-setup.ts'],
    // One browser at a time: these machines have 2 cores.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
