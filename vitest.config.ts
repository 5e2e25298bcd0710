import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Three projects: `unit` (unit and integration suites beside the code; PGlite by default, PostgreSQL when
 * `DATABASE_URL` is set by `npm run test:pg`), `e2e` (real Chromium against a real server) and `crash`
 * (`*.crash.test.ts`: a real server process killed with SIGKILL on PostgreSQL, `npm run test:crash`).
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
          exclude: [...configDefaults.exclude, '**/*.crash.test.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          // Every log line a test app writes is scanned for passwords, hashes, tokens and secrets.
          setupFiles: ['apps/server/src/test/log-secret-scan.setup.ts'],
        },
      },
      {
        test: {
          name: 'crash',
          include: ['apps/server/src/**/*.crash.test.ts'],
          testTimeout: 600_000,
          hookTimeout: 180_000,
          pool: 'forks',
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
