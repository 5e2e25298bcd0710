import path from 'node:path';
import v8 from 'node:v8';
import { PGlite, type Transaction as PGliteTransaction } from '@electric-sql/pglite';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { ensurePgliteCluster } from './create-pglite-cluster.ts';
import { lockDataDir } from './data-dir-lock.ts';
import { createCommitCallbacks, type Database, type SqlResult } from './database.ts';
import { migrationsFolder } from './migrations-folder.ts';
import { ensurePrivateDirectory } from './private-directory.ts';

/**
 * PGlite's default 128 MB of shared buffers are all touched at start-up and stay resident. Embedded mode
 * holds one organization's data, the operating system caches the files underneath, and 4 MB keeps the
 * server's memory small.
 */
const startParams = [
  '--single',
  '-F',
  '-O',
  '-j',
  ...['search_path=public', 'exit_on_error=false', 'log_checkpoints=false', 'io_method=sync']
    .concat(['max_worker_processes=0', 'max_parallel_workers=0', 'max_parallel_workers_per_gather=0'])
    .concat(['max_parallel_maintenance_workers=0', 'shared_buffers=4MB'])
    .flatMap((setting) => ['-c', setting]),
];

/**
 * Opens PGlite in `dataDir` (created on first use, 0700 like its `pglite` folder) or, without a directory, in memory (tests).
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
    await ensurePrivateDirectory(dataDir);
    lock = await lockDataDir(dataDir);
    try {
      await ensurePgliteCluster(clusterDir);
      await ensurePrivateDirectory(clusterDir);
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
    withSchemaLock: (work) => work(),
    // One process owns the data directory, so PGlite's own LISTEN/NOTIFY reaches every listener there is.
    listen: (channel, onNotification) => client.listen(channel, onNotification),
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
