import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { openPgliteDatabase } from './pglite-database.ts';

let database: Database;

beforeAll(async () => {
  database = await openPgliteDatabase();
});
afterAll(() => database.close());

describe('embedded PGlite under a backlog', () => {
  it('lets timers and network answers run while a burst of statements waits its turn', async () => {
    const statements = 400;
    let finished = 0;
    let finishedWhenTimerFired = -1;
    const burst = Array.from({ length: statements }, (_, index) =>
      database.executeSql('SELECT $1::int + count(*) AS n FROM pg_class', [index]).then(() => {
        finished++;
      }),
    );
    // A timer due at once, like Zoom's answer arriving while the database is busy.
    setTimeout(() => {
      finishedWhenTimerFired = finished;
    }, 0);
    await Promise.all(burst);
    expect(finished).toBe(statements);
    // The timer did not wait for the whole backlog.
    expect(finishedWhenTimerFired).toBeGreaterThanOrEqual(0);
    expect(finishedWhenTimerFired).toBeLessThan(statements / 2);
  });

  it('still runs a transaction whole, and a failed statement does not stop the queue', async () => {
    const results = await Promise.allSettled([
      database.transaction(async (tx) => {
        await tx.executeSql('CREATE TEMP TABLE backlog_probe (n int)');
        await tx.executeSql('INSERT INTO backlog_probe VALUES ($1)', [1]);
        return (await tx.executeSql('SELECT count(*)::int AS n FROM backlog_probe')).rows[0];
      }),
      database.executeSql('SELECT * FROM no_such_table'),
      database.executeSql('SELECT 2 AS n'),
    ]);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[0]).toMatchObject({ value: { n: 1 } });
  });
});
