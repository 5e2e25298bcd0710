import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
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

/**
 * Runs the statements and transactions sent outside a transaction one at a time, in order, each after a
 * turn of the event loop. PGlite runs in this thread and would hand the next queued statement on in a
 * promise callback, so a backlog (a burst of requests and jobs) ran back to back without the loop ever
 * reading a socket or firing a timer: answers from Zoom waited seconds, calls timed out, and every request
 * stalled until the backlog was gone. With a turn in between, network answers and timers are handled
 * between statements. (A statement inside a transaction runs at once: the transaction holds PGlite.)
 */
function takeTurnsWithTheLoop(client: PGlite): void {
  const { query, exec, transaction } = client;
  let last: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(work: () => Promise<T>): Promise<T> => {
    const mine = last.then(() => nextTurn()).then(work);
    last = mine.catch(() => undefined);
    return mine;
  };
  client.query = ((...args: Parameters<PGlite['query']>) =>
    inTurn(() => query.apply(client, args))) as PGlite['query'];
  client.exec = (...args: Parameters<PGlite['exec']>) => inTurn(() => exec.apply(client, args));
  client.transaction = ((...args: Parameters<PGlite['transaction']>) =>
    inTurn(() => transaction.apply(client, args))) as PGlite['transaction'];
}

function wrapPglite(client: PGlite, lock: { release(): Promise<void> } | undefined): Database {
  takeTurnsWithTheLoop(client);
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
