import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { eventually } from '../test/create-test-app.ts';
import { createTestDatabase } from '../test/test-database.ts';
import { defineJob } from './job-definition.ts';
import { createJobQueue, type JobQueue } from './job-queue.ts';

/** What each run read of its key's value when it started, in start order. */
const runs: { label: string; value: string | undefined }[] = [];
/** Runs that must wait for the test before they end, by label. */
const holds = new Map<string, Promise<void>>();

function hold(label: string): () => void {
  let release = () => {};
  holds.set(label, new Promise<void>((resolve) => (release = resolve)));
  return release;
}

const started = (label: string) => runs.some((run) => run.label === label);

/** A keyed job that reads its key's current value, as the meeting operation reads its interview. */
const keyedWork = defineJob({
  name: 'test-keyed-work-v1',
  payload: z.object({ key: z.string(), label: z.string() }),
  retry: { limit: 0, delaySeconds: 1, backoff: false },
  expireInSeconds: 30,
  concurrency: 4,
  oneAtATimePerKey: true,
  async handle({ key, label }, database: Database) {
    const { rows } = await database.executeSql('SELECT value FROM keyed_work_values WHERE key = $1', [key]);
    runs.push({ label, value: rows[0]?.value as string | undefined });
    await holds.get(label);
  },
});

describe('a keyed job queue (one run per key at a time)', () => {
  let database: Database;
  let queue: JobQueue<Database>;
  const logLines: { msg: string; waitingJobId?: string }[] = [];

  beforeAll(async () => {
    database = await createTestDatabase();
    await database.executeSql('CREATE TABLE keyed_work_values (key text PRIMARY KEY, value text NOT NULL)');
    queue = createJobQueue({
      database,
      jobs: [keyedWork],
      logger: pino({ level: 'info' }, { write: (line: string) => void logLines.push(JSON.parse(line)) }),
    });
    await queue.start();
    await queue.work(database);
  });

  afterAll(async () => {
    for (const label of holds.keys()) hold(label)();
    await queue?.stop();
    await database?.close();
  });

  const enqueue = (key: string, label: string) =>
    database.transaction((tx) => queue.enqueueKeyed(tx, keyedWork, { key, label }, key));

  it("runs other keys' jobs while one key's job runs and its next one waits", async () => {
    const releaseFirst = hold('a1');
    await enqueue('a', 'a1');
    await eventually(async () => (started('a1') ? true : undefined));
    await enqueue('a', 'a2');
    await enqueue('b', 'b1');

    // Before, the waiting a2 was the oldest job: every fetch tried to start it, broke the key's unique
    // index and took nothing, so b1 waited for a1 to end.
    await eventually(async () => (started('b1') ? true : undefined), 3_000);
    expect(started('a2')).toBe(false);

    releaseFirst();
    await eventually(async () => (started('a2') ? true : undefined), 3_000);
  });

  it('does a change committed while the waiting job was about to start, instead of dropping it', async () => {
    await database.executeSql("INSERT INTO keyed_work_values VALUES ('c', 'old')");
    const releaseFirst = hold('c1');
    await enqueue('c', 'c1');
    await eventually(async () => (started('c1') ? true : undefined));
    const waitingJobId = await enqueue('c', 'c2');

    let startedBeforeCommit = false;
    const joinedJobId = await database.transaction(async (tx) => {
      await tx.executeSql("UPDATE keyed_work_values SET value = 'new' WHERE key = 'c'");
      const jobId = await queue.enqueueKeyed(tx, keyedWork, { key: 'c', label: 'c3' }, 'c');
      // The running job ends before this transaction commits: the waiting one may start now.
      releaseFirst();
      const deadline = Date.now() + 1_500;
      while (!started('c2') && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 50));
      startedBeforeCommit = started('c2');
      return jobId;
    });

    // The change is done by a run that read it: before, c2 started inside the window, read 'old', and the
    // enqueue of the change had been dropped because c2 was waiting.
    await eventually(
      async () => (runs.some((run) => run.label.startsWith('c') && run.value === 'new') ? true : undefined),
      5_000,
    );
    expect(startedBeforeCommit).toBe(false);
    expect(joinedJobId).toBe(waitingJobId);
    expect(logLines).toContainEqual(
      expect.objectContaining({
        msg: 'no second job enqueued: the one waiting for this key runs after this commit and does the work',
        waitingJobId,
      }),
    );
  });
});
