import { defineConfig } from 'vitest/config';

/**
 * Two projects:
 * - `unit`: pure src/lib code in Node, fast, no build needed.
 * - `e2e`: the built site (dist/) served on a local port and driven in headless Chromium.
 *   Run `npm run build` first; `npm test` does.
 * A JSON report is always written so .ci/run can print the plain "N passed, N failed" line.
 */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
