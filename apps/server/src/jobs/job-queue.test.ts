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
const startTimes = new Map<string, number>();
let runningNow = 0;
let mostRunningAtOnce = 0;

const recordGreeting = defineJob({
  name: 'test-record-greeting-v1',
  payload: z.object({ greeting: z.string() }),
  retry: { limit: 0, delaySeconds: 1, backoff: false },
  expireInSeconds: 30,
  concurrency: 1,
  async handle({ greeting }) {
    ranGreetings.push(greeting);
  },
});

/** Notes when it started and holds its worker for `holdMs`. */
const timedWork = defineJob({
  name: 'test-timed-work-v1',
  payload: z.object({ label: z.string(), holdMs: z.number() }),
  retry: { limit: 0, delaySeconds: 1, backoff: false },
  expireInSeconds: 30,
  concurrency: 4,
  async handle({ label, holdMs }) {
    startTimes.set(label, Date.now());
    runningNow++;
    mostRunningAtOnce = Math.max(mostRunningAtOnce, runningNow);
    await new Promise((resolve) => setTimeout(resolve, holdMs));
    runningNow--;
  },
});

const alwaysFail = defineJob({
  name: 'test-always-fail-v1',
  payload: z.object({}),
  retry: { limit: 2, delaySeconds: 1, backoff: true },
  expireInSeconds: 30,
  concurrency: 1,
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
    // The default polling interval (2 s): jobs must start because they were enqueued, not on a tick.
    queue = createJobQueue({
      database,
      jobs: [recordGreeting, timedWork, alwaysFail],
      logger: pino({ level: 'silent' }),
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
    await new Promise((resolve) => setTimeout(resolve, 2_500));

    expect(ranGreetings).toEqual(['committed']);
    expect(rolledBackJobId).toBeDefined();
    expect(await queue.getJob(recordGreeting, rolledBackJobId!)).toBeNull();
  });

  it('starts a job as soon as its transaction commits, not at the next polling tick', async () => {
    const latencies: number[] = [];
    for (let index = 0; index < 5; index++) {
      const label = `prompt ${index}`;
      const committedAt = await database.transaction(async (tx) => {
        await queue.enqueue(tx, timedWork, { label, holdMs: 0 });
        return Date.now();
      });
      const startedAt = await eventually(async () => startTimes.get(label), 5_000);
      latencies.push(startedAt - committedAt);
      // Let the worker go back to waiting, so the next job meets an idle worker.
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    // A polling worker would take up to 2 s; a woken one takes a query or two.
    expect(Math.max(...latencies)).toBeLessThan(500);
  });

  it('runs a job kind `concurrency` at a time and drains a backlog without waiting between jobs', async () => {
    mostRunningAtOnce = 0;
    const labels = Array.from({ length: 40 }, (_, index) => `backlog ${index}`);
    const enqueuedAt = Date.now();
    for (const label of labels) {
      await database.transaction((tx) => queue.enqueue(tx, timedWork, { label, holdMs: 50 }));
    }
    await eventually(async () => (labels.every((label) => startTimes.has(label)) ? true : undefined));
    const lastStart = Math.max(...labels.map((label) => startTimes.get(label)!));

    expect(mostRunningAtOnce).toBe(4);
    // 40 jobs of 50 ms, 4 at a time: about 0.5 s. One job per 2-second poll would take over a minute.
    expect(lastStart - enqueuedAt).toBeLessThan(5_000);
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

/** A gate a test opens when it is ready: a run waits on it to hold its worker for as long as the test needs. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return { open, opened };
}

const slowSiblingReleased = gate();
const secondRunStarted = gate();
const secondRunReleased = gate();
const flakyRuns: number[] = [];

/**
 * The first run of `flaky` fails at once and its retry is due at once; `slow` holds the run it shares with
 * it; the second run of `flaky` waits for the test and fails again.
 */
const besideSlowSibling = defineJob({
  name: 'test-beside-slow-sibling-v1',
  payload: z.object({ label: z.enum(['slow', 'flaky']) }),
  retry: { limit: 1, delaySeconds: 0, backoff: false },
  expireInSeconds: 60,
  concurrency: 2,
  async handle({ label }, _dependencies, run) {
    if (label === 'slow') return slowSiblingReleased.opened;
    flakyRuns.push(run.retryCount);
    if (run.retryCount > 0) {
      secondRunStarted.open();
      await secondRunReleased.opened;
    }
    throw new Error(`flaky run ${run.retryCount} failed`);
  },
});

describe('job queue across instances', () => {
  it("records a run's failure even when another instance runs the job again while the first run's siblings still run", async () => {
    const database = await createTestDatabase();
    const logger = pino({ level: 'silent' });
    const first = createJobQueue({ database, jobs: [besideSlowSibling], logger });
    const second = createJobQueue({ database, jobs: [besideSlowSibling], logger });
    try {
      await first.start();
      await second.start();
      await first.work(undefined);
      const flakyId = await database.transaction(async (tx) => {
        await first.enqueue(tx, besideSlowSibling, { label: 'slow' });
        return first.enqueue(tx, besideSlowSibling, { label: 'flaky' });
      });
      // The first run failed while `slow` still runs beside it; a second instance joins, and the retry runs
      // (on whichever instance takes it) while `slow` still runs. Then `slow` ends, then the retry fails.
      await eventually(async () => (flakyRuns.length > 0 ? true : undefined));
      await second.work(undefined);
      await secondRunStarted.opened;
      slowSiblingReleased.open();
      await new Promise((resolve) => setTimeout(resolve, 500));
      secondRunReleased.open();

      const ended = await eventually(async () => {
        const job = await first.getJob(besideSlowSibling, flakyId);
        return job && ['completed', 'failed'].includes(job.state) ? job : undefined;
      });
      expect(flakyRuns).toEqual([0, 1]);
      expect(ended.state).toBe('failed');
      expect(JSON.stringify(ended.output)).toContain('flaky run 1 failed');
    } finally {
      await first.stop();
      await second.stop();
      await database.close();
    }
  }, 60_000);
});

describe('job queue across a crash', () => {
  it('runs a job again within a minute when the process running it was killed', async () => {
    const location = await createTestDataLocation();
    const fixture = new URL('./test-fixtures/job-queue-process.ts', import.meta.url);
    try {
      const crashing = spawnTsProcess(fixture, location.env, ['hang', 'hello after a crash']);
      await crashing.waitForLine(/^started /, 60_000);
      crashing.child.kill('SIGKILL');
      expect(await crashing.exited).toBe('SIGKILL');
      const killedAt = Date.now();

      const worker = spawnTsProcess(fixture, location.env, ['work']);
      try {
        expect(await worker.waitForLine(/^ran /, 90_000)).toBe('ran hello after a crash');
        // The job's expiry (5 s) plus the queue's maintenance interval (10 s), the retry delay and the
        // new process's start; pg-boss's defaults would leave the job for about 17 minutes.
        expect(Date.now() - killedAt).toBeLessThan(60_000);
      } finally {
        worker.child.kill('SIGTERM');
        await worker.exited;
      }
    } finally {
      await location.dispose();
    }
  }, 150_000);

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
