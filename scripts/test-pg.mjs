#!/usr/bin/env node
// `npm run test:pg`: the unit suites on PostgreSQL. Uses DATABASE_URL when set; otherwise starts a
// throwaway cluster (scripts/pg-cluster.mjs) and removes it afterwards. Extra arguments go to vitest,
// and vitest's exit code is this script's.
import { spawn } from 'node:child_process';
import { startCluster, stopCluster } from './pg-cluster.mjs';

const cluster = process.env.DATABASE_URL ? undefined : await startCluster();
const databaseUrl = process.env.DATABASE_URL ?? cluster.databaseUrl;
console.log(`Running the unit suites on PostgreSQL (${new URL(databaseUrl).host})`);

const vitest = spawn('npx', ['vitest', 'run', '--project', 'unit', ...process.argv.slice(2)], {
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
