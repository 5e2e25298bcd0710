import { spawn } from 'node:child_process';
import { access, mkdir } from 'node:fs/promises';
import path from 'node:path';
import v8 from 'node:v8';
import { PGlite, type Transaction as PGliteTransaction } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { lockDataDir } from './data-dir-lock.ts';
import { createCommitCallbacks, type Database, type SqlResult } from './database.ts';
import { migrationsFolder } from './migrations-folder.ts';

/**
 * PGlite's defaults reserve 128 MB of shared buffers inside WebAssembly memory; Parley's embedded mode is
 * a single user's data set, and 16 MB keeps the server's resident memory small.
 */
const startParams = [
  '--single',
  '-F',
  '-O',
  '-j',
  ...['search_path=public', 'exit_on_error=false', 'log_checkpoints=false', 'io_method=sync']
    .concat(['max_worker_processes=0', 'max_parallel_workers=0', 'max_parallel_workers_per_gather=0'])
    .concat(['max_parallel_maintenance_workers=0', 'shared_buffers=16MB'])
    .flatMap((setting) => ['-c', setting]),
];

/**
 * Opens PGlite in `dataDir` (created on first use) or, without a directory, in memory (tests).
 * On disk, a lock file keeps a second process out.
 */
export async function openPgliteDatabase(dataDir?: string): Promise<Database> {
  // PGlite is one large WebAssembly module. V8's optimizing tier would compile it again in the background
  // and keep both copies: baseline code alone starts faster and saves about 50 MB of memory.
  v8.setFlagsFromString('--liftoff-only');
  let lock: { release(): Promise<void> } | undefined;
  let client: PGlite;
  if (dataDir) {
    const clusterDir = path.join(dataDir, 'pglite');
    await mkdir(dataDir, { recursive: true });
    lock = await lockDataDir(dataDir);
    try {
      if (!(await exists(path.join(clusterDir, 'PG_VERSION')))) await initClusterInChildProcess(clusterDir);
      client = await PGlite.create(clusterDir, { startParams });
    } catch (error) {
      await lock.release();
      throw error;
    }
  } else {
    client = await PGlite.create({ startParams });
  }
  return wrapPglite(client, lock);
}

function wrapPglite(client: PGlite, lock: { release(): Promise<void> } | undefined): Database {
  const db = drizzle({ client });
  return {
    kind: 'pglite',
    db,
    executeSql: (text, values) => executeOn(client, text, values),
    transaction(work) {
      const commitCallbacks = createCommitCallbacks();
      return client
        .transaction((tx) =>
          work({
            db: drizzle({ client: tx as unknown as PGlite }),
            executeSql: (text, values) => executeOn(tx, text, values),
            onCommit: commitCallbacks.add,
          }),
        )
        .then((result) => {
          commitCallbacks.run();
          return result;
        });
    },
    migrate: () => migrate(db, { migrationsFolder }),
    async close() {
      if (!client.closed) await client.close();
      await lock?.release();
    },
  };
}

/** PGlite's `query` takes one statement; parameterless scripts (pg-boss sends them) go through `exec`. */
async function executeOn(
  client: PGlite | PGliteTransaction,
  text: string,
  values?: unknown[],
): Promise<SqlResult> {
  if (values && values.length > 0) {
    return (await client.query(text, values)) as SqlResult;
  }
  const results = await client.exec(text);
  return (results.at(-1) as SqlResult | undefined) ?? { rows: [] };
}

async function initClusterInChildProcess(clusterDir: string): Promise<void> {
  const script = new URL('./init-pglite-data-dir.mjs', import.meta.url);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [script.pathname, clusterDir], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`Creating the PGlite database failed (exit ${code}): ${stderr}`)),
    );
  });
}

async function exists(file: string): Promise<boolean> {
  return access(file).then(
    () => true,
    () => false,
  );
}
