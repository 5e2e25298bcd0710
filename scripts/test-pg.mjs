#!/usr/bin/env node
// `npm run test:pg`: the unit suites on PostgreSQL. Uses DATABASE_URL when set; otherwise starts a
// throwaway cluster (scripts/pg-cluster.mjs) and removes it afterwards. Extra arguments go to vitest,
// and vitest's exit code is this script's.
import { runVitestOnPostgres } from './pg-cluster.mjs';

process.exit(await runVitestOnPostgres('unit', 'the unit suites', process.argv.slice(2)));
