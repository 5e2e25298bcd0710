import type { Config } from '../config.ts';
import type { Database } from './database.ts';

/**
 * Opens the configured database and applies pending migrations: PostgreSQL when `DATABASE_URL` is set,
 * else PGlite in `DATA_DIR/pglite`. Each backend is imported only when used, so the other costs nothing.
 */
export async function openDatabase(config: Pick<Config, 'databaseUrl' | 'dataDir'>): Promise<Database> {
  const database = config.databaseUrl
    ? await (await import('./postgres-database.ts')).openPostgresDatabase({
        connectionString: config.databaseUrl,
      })
    : await (await import('./pglite-database.ts')).openPgliteDatabase(config.dataDir);
  try {
    await database.migrate();
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}
