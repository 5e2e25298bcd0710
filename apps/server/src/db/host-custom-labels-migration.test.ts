import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { migrate as migrateOnPostgres } from 'drizzle-orm/node-postgres/migrator';
import { migrate as migrateOnPglite } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDataLocation, type TestDataLocation } from '../test/test-database.ts';
import type { Database } from './database.ts';
import { migrationsFolder } from './migrations-folder.ts';
import { openPgliteDatabase } from './pglite-database.ts';
import { openPostgresDatabase } from './postgres-database.ts';

/*
 * Migration 0016 (custom host labels, unique per Zoom account) cleans up data written before it: old
 * default labels ("Last First <email>") become NULL, and of labels that clash as a person reads them the
 * oldest holder keeps its own while the others go back to the default. Here it runs on such data.
 */

let database: Database;
let location: TestDataLocation | undefined;
let before0016: string;

/** The committed migrations up to and including `lastIndex`, in a folder of their own. */
async function migrationsUpTo(lastIndex: number): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'parley-migrations-'));
  await cp(migrationsFolder, folder, { recursive: true });
  const journalFile = path.join(folder, 'meta', '_journal.json');
  const journal = JSON.parse(await readFile(journalFile, 'utf8')) as { entries: { idx: number }[] };
  journal.entries = journal.entries.filter((entry) => entry.idx <= lastIndex);
  await writeFile(journalFile, JSON.stringify(journal));
  return folder;
}

/** Applies the migrations of `folder` that are not applied yet, as the server's own start-up does. */
function migrateWith(folder: string): Promise<void> {
  return location
    ? migrateOnPostgres(database.db as never, { migrationsFolder: folder })
    : migrateOnPglite(database.db as never, { migrationsFolder: folder });
}

beforeAll(async () => {
  if (process.env.DATABASE_URL) {
    location = await createTestDataLocation();
    database = await openPostgresDatabase({
      connectionString: location.env.DATABASE_URL!,
      maxConnections: 2,
    });
  } else {
    database = await openPgliteDatabase();
  }
  before0016 = await migrationsUpTo(15);
  await migrateWith(before0016);
});

afterAll(async () => {
  await database?.close();
  await location?.dispose();
  if (before0016) await rm(before0016, { recursive: true, force: true });
});

/** A host as 0015 stored it: every host had a label, and nothing stopped two from sharing one. */
interface OldHost {
  key: string;
  account?: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  label: string;
  /** Minutes after the first host. */
  createdAfter: number;
}

describe('migration 0016 on labels written before it', () => {
  it('keeps a clashing label for its oldest holder, resets the others and old defaults, then enforces uniqueness', async () => {
    const [organization] = (
      await database.executeSql(`INSERT INTO organizations (name) VALUES ('Label Acme') RETURNING id`)
    ).rows;
    const organizationId = organization!.id as string;
    const hosts: OldHost[] = [
      { key: 'holder', label: 'Room A', createdAfter: 0 },
      { key: 'spaced', label: ' room a ', createdAfter: 1 },
      { key: 'shouting', label: 'ROOM A', createdAfter: 2 },
      { key: 'otherAccount', account: 'acct-2', label: 'Room A', createdAfter: 3 },
      { key: 'unique', label: 'Room B', createdAfter: 4 },
      {
        key: 'oldDefault',
        firstName: 'Adam',
        lastName: 'Alvarez',
        label: 'Alvarez Adam <oldDefault@acme.test>',
        createdAfter: 5,
      },
      { key: 'nameless', label: '<nameless@acme.test>', createdAfter: 6 },
      {
        key: 'firstLast',
        firstName: 'Bea',
        lastName: 'Berg',
        label: 'Bea Berg <firstLast@acme.test>',
        createdAfter: 7,
      },
    ];
    for (const host of hosts) {
      await database.executeSql(
        `INSERT INTO zoom_host_candidates
           (organization_id, zoom_account_id, zoom_user_id, email, first_name, last_name, label, type, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 2, 'active', '2026-01-01T09:00:00Z'::timestamptz + ($8 || ' minutes')::interval)`,
        [
          organizationId,
          host.account ?? 'acct-1',
          `zoom-${host.key}`,
          host.email ?? `${host.key}@acme.test`,
          host.firstName ?? '',
          host.lastName ?? '',
          host.label,
          String(host.createdAfter),
        ],
      );
    }

    await database.migrate();

    const { rows } = await database.executeSql(
      'SELECT zoom_user_id, label FROM zoom_host_candidates WHERE organization_id = $1',
      [organizationId],
    );
    const labels = Object.fromEntries(rows.map((row) => [String(row.zoom_user_id).slice(5), row.label]));
    expect(labels).toEqual({
      holder: 'Room A',
      spaced: null,
      shouting: null,
      otherAccount: 'Room A',
      unique: 'Room B',
      oldDefault: null,
      nameless: null,
      // Not the old default's order, so an admin typed it: it stays a custom label.
      firstLast: 'Bea Berg <firstLast@acme.test>',
    });
    await expect(
      database.executeSql(
        `INSERT INTO zoom_host_candidates
           (organization_id, zoom_account_id, zoom_user_id, email, label, type, status)
         VALUES ($1, 'acct-1', 'zoom-late', 'late@acme.test', 'room b ', 2, 'active')`,
        [organizationId],
      ),
    ).rejects.toThrow(/zoom_host_candidates_label_unique|duplicate key/);
  });
});
