import { defineConfig } from 'vitest/config';

/** Real headless Chromium with the built extension loaded (../shared/E2E.md). */
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // One browser at a time: these machines have 2 cores.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
