import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    globals: true,
    include: ['tests/unit/**/*.test.{ts,tsx}', 'lib/**/*.test.ts'],
    setupFiles: ['tests/unit/setup.ts'],
    restoreMocks: true,
    // Tests assert behaviour, never speed (benchmarks measure that): a test that parses 10,000
    // table rows or fuzzes the router must not fail because a 2-core machine is busy.
    testTimeout: 30_000,
  },
});
