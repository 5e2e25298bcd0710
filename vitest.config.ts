import { defineConfig } from 'vitest/config';

/**
 * Two projects: `unit` (unit and integration suites beside the code; PGlite by default, PostgreSQL when
 * `DATABASE_URL` is set by `npm run test:pg`) and `e2e` (real Chromium against a real server).
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'apps/server/src/**/*.test.ts',
            'apps/web/src/**/*.test.ts',
            'packages/*/src/**/*.test.ts',
            'packages/*/test/**/*.test.ts',
          ],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          // Every log line a test app writes is scanned for passwords, hashes, tokens and secrets.
          setupFiles: ['apps/server/src/test/log-secret-scan.setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          pool: 'forks',
        },
      },
    ],
  },
});
