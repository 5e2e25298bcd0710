#!/usr/bin/env node
// `npm run test:crash`: the crash test (`*.crash.test.ts`, vitest project `crash`) on PostgreSQL. Uses
// DATABASE_URL when set; otherwise starts a throwaway cluster (scripts/pg-cluster.mjs) and removes it
// afterwards. Extra arguments go to vitest, and vitest's exit code is this script's.
import { spawn } from 'node:child_process';
import { runVitestOnPostgres } from './pg-cluster.mjs';

// The test restarts the built server (apps/server/dist/main.mjs), as `npm start` runs it.
await new Promise((resolve, reject) =>
  spawn(process.execPath, ['scripts/build-server.mjs', '--if-stale'], { stdio: 'inherit' }).on(
    'exit',
    (code) => (code === 0 ? resolve() : reject(new Error('building the server failed'))),
  ),
);
process.exit(await runVitestOnPostgres('crash', 'the crash test', process.argv.slice(2)));
