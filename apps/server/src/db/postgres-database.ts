import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { createCommitCallbacks, type Database, type SqlResult } from './database.ts';
import { migrationsFolder } from './migrations-folder.ts';

/** Serialises the migrations of instances starting at the same time. */
const migrationLockKey = 7_164_712_001;

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
  return {
    kind: 'postgres',
    db: drizzle({ client: pool }),
    executeSql: (text, values) => pool.query(text, values) as Promise<SqlResult>,
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
    async migrate() {
      const client = await pool.connect();
      try {
        await client.query('SELECT pg_advisory_lock($1)', [migrationLockKey]);
        await migrate(drizzle({ client }), { migrationsFolder });
      } finally {
        await client.query('SELECT pg_advisory_unlock($1)', [migrationLockKey]).catch(() => {});
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
