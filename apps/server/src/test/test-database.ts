import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { Database } from '../db/database.ts';
import { openPgliteDatabase } from '../db/pglite-database.ts';
import { openPostgresDatabase } from '../db/postgres-database.ts';

/**
 * Where a test's data lives: a fresh PostgreSQL database on the server of `DATABASE_URL` when that is
 * set (`npm run test:pg`), else PGlite (in memory, or in a temporary directory when a child process
 * must open it too).
 */
export interface TestDataLocation {
  /** Environment for a server or child process using this location (`DATABASE_URL` or `DATA_DIR`). */
  env: { DATABASE_URL?: string; DATA_DIR?: string };
  /** Drops the database or removes the directory. */
  dispose(): Promise<void>;
}

/** Creates an empty data location (see {@link TestDataLocation}). */
export async function createTestDataLocation(): Promise<TestDataLocation> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `parley_test_${randomBytes(6).toString('hex')}`;
    await withAdminClient(serverUrl, (client) => client.query(`CREATE DATABASE ${name}`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    return {
      env: { DATABASE_URL: url.toString() },
      dispose: () =>
        withAdminClient(serverUrl, (client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
    };
  }
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'parley-test-'));
  return { env: { DATA_DIR: dataDir }, dispose: () => rm(dataDir, { recursive: true, force: true }) };
}

/** A migrated, empty database for one test file; `close()` also removes it. */
export async function createTestDatabase(): Promise<Database> {
  if (!process.env.DATABASE_URL) {
    const database = await openPgliteDatabase();
    await database.migrate();
    return database;
  }
  const location = await createTestDataLocation();
  const database = await openPostgresDatabase({
    connectionString: location.env.DATABASE_URL!,
    maxConnections: 5,
  });
  await database.migrate();
  return {
    ...database,
    async close() {
      await database.close();
      await location.dispose();
    },
  };
}

async function withAdminClient(
  serverUrl: string,
  work: (client: pg.Client) => Promise<unknown>,
): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}
