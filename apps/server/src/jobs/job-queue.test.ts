import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Database } from '../db/database.ts';
import { eventually } from '../test/create-test-app.ts';
import { spawnTsProcess } from '../test/spawn-ts-process.ts';
import { createTestDatabase, createTestDataLocation } from '../test/test-database.ts';
import { defineJob } from './job-definition.ts';
import { createJobQueue, type JobQueue } from './job-queue.ts';

const ranGreetings: string[] = [];
const failedRunTimes: number[] = [];

const recordGreeting = defineJob({
  name: 'test-record-greeting-v1',
  payload: z.object({ greeting: z.string() }),
  retry: { limit: 0, delaySeconds: 1, backoff: false },
  async handle({ greeting }) {
    ranGreetings.push(greeting);
  },
});

const alwaysFail = defineJob({
  name: 'test-always-fail-v1',
  payload: z.object({}),
  retry: { limit: 2, delaySeconds: 1, backoff: true },
  async handle() {
    failedRunTimes.push(Date.now());
    throw new Error('the remote service is down');
  },
});

describe('job queue in one process', () => {
  let database: Database;
  let queue: JobQueue<undefined>;

  beforeAll(async () => {
    database = await createTestDatabase();
    queue = createJobQueue({
      database,
      jobs: [recordGreeting, alwaysFail],
      logger: pino({ level: 'silent' }),
      pollingIntervalSeconds: 0.5,
    });
    await queue.start();
    await queue.work(undefined);
  });

  afterAll(async () => {
    await queue?.stop();
    await database?.close();
  });

  it('never runs a job enqueued in a transaction that rolled back', async () => {
    let rolledBackJobId: string | undefined;
    await expect(
      database.transaction(async (tx) => {
        rolledBackJobId = await queue.enqueue(tx, recordGreeting, { greeting: 'rolled back' });
        throw new Error('the use case failed after enqueuing');
      }),
    ).rejects.toThrow('the use case failed');

    const committedJobId = await database.transaction((tx) =>
      queue.enqueue(tx, recordGreeting, { greeting: 'committed' }),
    );
    await eventually(async () =>
      (await queue.getJob(recordGreeting, committedJobId))?.state === 'completed' ? true : undefined,
    );
    // One more polling round for a straggler.
    await new Promise((resolve) => setTimeout(resolve, 1_000));

    expect(ranGreetings).toEqual(['committed']);
    expect(rolledBackJobId).toBeDefined();
    expect(await queue.getJob(recordGreeting, rolledBackJobId!)).toBeNull();
  });

  it('retries a failing job with growing delays and leaves it visible as failed', async () => {
    const jobId = await database.transaction((tx) => queue.enqueue(tx, alwaysFail, {}));

    const failedJob = await eventually(async () => {
      const job = await queue.getJob(alwaysFail, jobId);
      return job?.state === 'failed' ? job : undefined;
    }, 25_000);

    expect(failedRunTimes).toHaveLength(3);
    expect(failedJob.retryCount).toBe(2);
    expect(JSON.stringify(failedJob.output)).toContain('the remote service is down');
    const [first, second, third] = failedRunTimes as [number, number, number];
    // Backoff: the first retry waits at least the base delay (1 s), the second at least twice that.
    expect(second - first).toBeGreaterThanOrEqual(1_000);
    expect(third - second).toBeGreaterThanOrEqual(2_000);
  }, 30_000);
});

describe('job queue across a crash', () => {
  it('runs a committed job after the process is killed with SIGKILL and started again', async () => {
    const location = await createTestDataLocation();
    const fixture = new URL('./test-fixtures/job-queue-process.ts', import.meta.url);
    try {
      const enqueuer = spawnTsProcess(fixture, location.env, ['enqueue', 'hello after restart']);
      await enqueuer.waitForLine(/^committed /, 60_000);
      enqueuer.child.kill('SIGKILL');
      expect(await enqueuer.exited).toBe('SIGKILL');
      expect(enqueuer.output()).not.toContain('ran ');

      const worker = spawnTsProcess(fixture, location.env, ['work']);
      try {
        expect(await worker.waitForLine(/^ran /, 60_000)).toBe('ran hello after restart');
      } finally {
        worker.child.kill('SIGTERM');
        await worker.exited;
      }
    } finally {
      await location.dispose();
    }
  }, 120_000);
});
