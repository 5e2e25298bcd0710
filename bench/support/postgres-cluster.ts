/**
 * A PostgreSQL server for a benchmark: the one in `DATABASE_URL`, or a throwaway cluster on 127.0.0.1
 * started with the project's own script (scripts/pg-cluster.mjs, about a second) and removed by `stop()`.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const repoRoot = join(import.meta.dirname, '..', '..');

export interface BenchPostgres {
  databaseUrl: string;
  stop(): void;
}

export function startBenchPostgres(): BenchPostgres {
  if (process.env.DATABASE_URL) return { databaseUrl: process.env.DATABASE_URL, stop() {} };
  const output = execFileSync(process.execPath, ['scripts/pg-cluster.mjs', 'start'], {
    cwd: repoRoot,
    encoding: 'utf8',
  });
  const value = (name: string) => new RegExp(`^${name}=(.*)$`, 'm').exec(output)?.[1] ?? '';
  const dir = value('PG_CLUSTER_DIR');
  return {
    databaseUrl: value('DATABASE_URL'),
    stop() {
      execFileSync(process.execPath, ['scripts/pg-cluster.mjs', 'stop', dir], { cwd: repoRoot });
    },
  };
}
