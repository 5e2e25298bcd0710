import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { createCommitCallbacks, type Database, type SqlResult } from './database.ts';
import { migrationsFolder } from './migrations-folder.ts';
import { listenOnPostgres } from './postgres-listener.ts';

/** Serialises the schema setup (migrations, job queue) of instances starting at the same time. */
const schemaLockKey = 7_164_712_001;

/** Options of {@link openPostgresDatabase}. */
export interface PostgresOptions {
  connectionString: string;
  /** Pool size; pg-boss workers and HTTP requests share the pool. */
  maxConnections?: number;
}

/** Opens a node-postgres pool as a {@link Database}. */
export async function openPostgresDatabase(options: PostgresOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 10,
    application_name: 'parley',
  });
  // An idle client losing its connection must not crash the process; the next query reconnects.
  pool.on('error', () => {});
  await pool.query('SELECT 1');

  /**
   * Holds the session-level advisory lock on a client of its own while `work` runs on the pool: another
   * instance waits at `pg_advisory_lock` until this one's setup is done, then finds the schema in place.
   */
  async function withSchemaLock<T>(work: () => Promise<T>): Promise<T> {
    const client = await pool.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [schemaLockKey]);
      return await work();
    } finally {
      // If the unlock fails the connection is suspect: destroying it ends the session and its lock.
      const unlocked = await client.query('SELECT pg_advisory_unlock($1)', [schemaLockKey]).then(
        () => undefined,
        (error: Error) => error,
      );
      client.release(unlocked);
    }
  }

  return {
    kind: 'postgres',
    db: drizzle({ client: pool }),
    executeSql: (text, values) => pool.query(text, values) as Promise<SqlResult>,
    listen: (channel, onNotification, onReconnect) =>
      listenOnPostgres(options.connectionString, channel, onNotification, onReconnect),
    async transaction(work) {
      const client = await pool.connect();
      const commitCallbacks = createCommitCallbacks();
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await work({
          db: drizzle({ client }),
          executeSql: (text, values) => client.query(text, values) as Promise<SqlResult>,
          onCommit: commitCallbacks.add,
        });
        await client.query('COMMIT');
        commitCallbacks.run();
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        // A client whose ROLLBACK failed is in an unknown state: destroy it instead of reusing it.
        client.release(broken);
      }
    },
    migrate: () => withSchemaLock(() => migrate(drizzle({ client: pool }), { migrationsFolder })),
    withSchemaLock,
    close: () => pool.end(),
  };
}
