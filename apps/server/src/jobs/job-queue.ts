import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database, Transaction } from '../db/database.ts';
import type { JobDefinition } from './job-definition.ts';
import { type JobRunner, startJobRunner } from './job-runner.ts';
import { type FetchedJob, fetchKeyedJobs, holdWaitingKeyedJob } from './keyed-jobs.ts';

// biome-ignore lint/suspicious/noExplicitAny: a queue holds jobs of many payload types.
type AnyJob<Dependencies> = JobDefinition<any, Dependencies>;

/** Options of {@link createJobQueue}. */
export interface JobQueueOptions<Dependencies> {
  /** The application database; pg-boss keeps its tables in the `pgboss` schema of the same database. */
  database: Pick<Database, 'executeSql' | 'withSchemaLock'>;
  jobs: readonly AnyJob<Dependencies>[];
  logger: Logger;
  /** How often an idle worker looks for jobs other instances enqueued (default 2 s, minimum 0.5 s). */
  pollingIntervalSeconds?: number;
}

/**
 * How often pg-boss's maintenance runs (one instance per interval): it fails runs past their expiry so
 * they are retried. pg-boss's default of 2 minutes would add that much to every expiry.
 */
const maintenanceIntervalSeconds = 10;

/** The background job queue (pg-boss), the same on PGlite and on PostgreSQL. */
export interface JobQueue<Dependencies> {
  /**
   * Installs or upgrades pg-boss's tables and creates one queue per job definition, under the database's
   * schema lock (instances starting together on an empty database would race on `CREATE SCHEMA pgboss`).
   */
  start(): Promise<void>;
  /**
   * Starts running each job kind, up to its `concurrency` at a time; `dependencies` are handed to every
   * handler. Each run's end is recorded for that run alone (see {@link startJobRunner}).
   */
  work(dependencies: Dependencies): Promise<void>;
  /**
   * Enqueues a job inside `tx`: it exists only if the transaction commits. After the commit, local
   * workers are woken at once instead of at their next poll. `startAfterSeconds` holds the job back, e.g.
   * to let a digest collect what else happens meanwhile.
   */
  enqueue<Payload>(
    tx: Transaction,
    job: JobDefinition<Payload, Dependencies>,
    payload: Payload,
    options?: { startAfterSeconds?: number },
  ): Promise<string>;
  /**
   * Enqueues a job of a `oneAtATimePerKey` kind inside `tx` for `key`, and returns the id of the job that
   * will do the work. When a job for the key is already waiting, no second one is added: that one is held
   * (locked) until `tx` ends, so it cannot start before `tx` commits and reads the state `tx` leaves. Never
   * drops the work: a waiting job that starts meanwhile frees the place for a new one.
   */
  enqueueKeyed<Payload>(
    tx: Transaction,
    job: JobDefinition<Payload, Dependencies>,
    payload: Payload,
    key: string,
  ): Promise<string>;
  /**
   * Enqueues a job unless one with the same `key` was already enqueued in the current time slot of
   * `slotSeconds` (by any instance: pg-boss's `singletonKey` + `singletonSeconds`, enforced by a unique
   * index). Returns the job id, or null when the slot is taken. For periodic work across instances.
   */
  enqueueOncePerSlot<Payload>(
    job: JobDefinition<Payload, Dependencies>,
    payload: Payload,
    options: { key: string; slotSeconds: number },
  ): Promise<string | null>;
  /** A job's state, for tests and operators. */
  getJob(job: AnyJob<Dependencies>, id: string): Promise<PgBoss.JobWithMetadata | null>;
  /** Throws unless the queue is started and its tables answer. */
  checkReady(): Promise<void>;
  /** Stops the workers, waiting up to `timeoutMs` for running jobs. */
  stop(timeoutMs?: number): Promise<void>;
}

/** Creates the job queue over the application database. */
export function createJobQueue<Dependencies>(options: JobQueueOptions<Dependencies>): JobQueue<Dependencies> {
  const { database, jobs, logger } = options;
  const boss = new PgBoss({
    db: { executeSql: (text, values) => database.executeSql(text, values) },
    schedule: false,
    maintenanceIntervalSeconds,
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  const runners = new Map<string, JobRunner>();
  let state: 'new' | 'started' | 'stopped' = 'new';

  /** Wakes the job's runner in this process after an enqueue, instead of letting the job wait for a poll. */
  const wakeRunner = (job: AnyJob<Dependencies>) => runners.get(job.name)?.wake();

  return {
    async start() {
      await database.withSchemaLock(async () => {
        await boss.start();
        for (const job of jobs) {
          await boss.createQueue(job.name, {
            name: job.name,
            policy: job.oneAtATimePerKey ? 'stately' : 'standard',
          });
        }
      });
      state = 'started';
    },
    async work(dependencies) {
      const pollingIntervalMs = Math.max(0.5, options.pollingIntervalSeconds ?? 2) * 1000;
      for (const job of jobs) {
        const fetch = (batchSize: number): Promise<FetchedJob[]> =>
          job.oneAtATimePerKey
            ? fetchKeyedJobs(database, job.name, batchSize)
            : boss.fetch<unknown>(job.name, { batchSize, includeMetadata: true });
        runners.set(job.name, startJobRunner({ boss, job, fetch, dependencies, logger, pollingIntervalMs }));
      }
    },
    async enqueue(tx, job, payload, options = {}) {
      const startAfterSeconds = options.startAfterSeconds ?? 0;
      const id = await boss.send(job.name, job.payload.parse(payload) as object, {
        db: tx,
        ...sendOptions(job),
        ...(startAfterSeconds > 0 ? { startAfter: startAfterSeconds } : {}),
      });
      if (!id) throw new Error(`Job queue ${job.name} does not exist; is it listed in the queue's jobs?`);
      tx.onCommit(() => wakeRunner(job));
      return id;
    },
    async enqueueKeyed(tx, job, payload, key) {
      if (!job.oneAtATimePerKey) throw new Error(`Job ${job.name} is not keyed (oneAtATimePerKey)`);
      const data = job.payload.parse(payload) as object;
      // A few rounds at most: each lost round means a waiting job started or another transaction queued one.
      for (let round = 0; round < 5; round++) {
        const id = await boss.send(job.name, data, { db: tx, singletonKey: key, ...sendOptions(job) });
        if (id) {
          tx.onCommit(() => wakeRunner(job));
          return id;
        }
        const waitingId = await holdWaitingKeyedJob(tx, job.name, key);
        if (waitingId) {
          // A fetch meanwhile skipped the held job: look again once it is free.
          tx.onCommit(() => wakeRunner(job));
          logger.info(
            { job: job.name, key, waitingJobId: waitingId },
            'no second job enqueued: the one waiting for this key runs after this commit and does the work',
          );
          return waitingId;
        }
      }
      throw new Error(`Job ${job.name} for ${key}: neither enqueued nor a waiting job found`);
    },
    async enqueueOncePerSlot(job, payload, { key, slotSeconds }) {
      const id = await boss.send(job.name, job.payload.parse(payload) as object, {
        singletonKey: key,
        singletonSeconds: slotSeconds,
        ...sendOptions(job),
      });
      if (id) wakeRunner(job);
      return id;
    },
    getJob: (job, id) => boss.getJobById(job.name, id, { includeArchive: true }),
    async checkReady() {
      if (state !== 'started') throw new Error(`job queue is ${state}`);
      await database.executeSql('SELECT version FROM pgboss.version');
    },
    async stop(timeoutMs = 10_000) {
      if (state !== 'started') return;
      state = 'stopped';
      await Promise.all([...runners.values()].map((runner) => runner.stop(timeoutMs)));
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}

/** The job's expiry and retry policy as pg-boss send options. */
function sendOptions(job: AnyJob<unknown>) {
  return {
    expireInSeconds: job.expireInSeconds,
    retryLimit: job.retry.limit,
    retryDelay: job.retry.delaySeconds,
    retryBackoff: job.retry.backoff,
  };
}
