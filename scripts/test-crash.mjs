#!/usr/bin/env node
// `npm run test:crash`: the crash test (`*.crash.test.ts`, vitest project `crash`) on PostgreSQL. Uses
// DATABASE_URL when set; otherwise starts a throwaway cluster (scripts/pg-cluster.mjs) and removes it
// afterwards. Extra arguments go to vitest, and vitest's exit code is this script's.
import { spawn } from 'node:child_process';
import { startCluster, stopCluster } from './pg-cluster.mjs';

// The test restarts the built server (apps/server/dist/main.mjs), as `npm start` runs it.
await new Promise((resolve, reject) =>
  spawn(process.execPath, ['scripts/build-server.mjs', '--if-stale'], { stdio: 'inherit' }).on(
    'exit',
    (code) => (code === 0 ? resolve() : reject(new Error('building the server failed'))),
  ),
);
const cluster = process.env.DATABASE_URL ? undefined : await startCluster();
const databaseUrl = process.env.DATABASE_URL ?? cluster.databaseUrl;
console.log(`Running the crash test on PostgreSQL (${new URL(databaseUrl).host})`);

const vitest = spawn('npx', ['vitest', 'run', '--project', 'crash', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, DATABASE_URL: databaseUrl },
});
const forward = (signal) => vitest.kill(signal);
process.on('SIGINT', forward);
process.on('SIGTERM', forward);
const exitCode = await new Promise((resolve) =>
  vitest.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
);
if (cluster) stopCluster(cluster.dir);
process.exit(exitCode);
