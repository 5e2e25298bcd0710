import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { SqlExecutor, Transaction } from '../db/database.ts';
import type { JobDefinition } from './job-definition.ts';

// biome-ignore lint/suspicious/noExplicitAny: a queue holds jobs of many payload types.
type AnyJob<Dependencies> = JobDefinition<any, Dependencies>;

/** Options of {@link createJobQueue}. */
export interface JobQueueOptions<Dependencies> {
  /** The application database; pg-boss keeps its tables in the `pgboss` schema of the same database. */
  database: SqlExecutor;
  jobs: readonly AnyJob<Dependencies>[];
  logger: Logger;
  /** How often an idle worker looks for jobs other instances enqueued (default 2 s, minimum 0.5 s). */
  pollingIntervalSeconds?: number;
}

/** The background job queue (pg-boss), the same on PGlite and on PostgreSQL. */
export interface JobQueue<Dependencies> {
  /** Installs or upgrades pg-boss's tables and creates one queue per job definition. */
  start(): Promise<void>;
  /** Starts one worker per job; `dependencies` are handed to every handler. */
  work(dependencies: Dependencies): Promise<void>;
  /**
   * Enqueues a job inside `tx`: it exists only if the transaction commits. After the commit, local
   * workers are woken at once instead of at their next poll.
   */
  enqueue<Payload>(
    tx: Transaction,
    job: JobDefinition<Payload, Dependencies>,
    payload: Payload,
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
  });
  boss.on('error', (error) => logger.error({ err: error }, 'job queue error'));
  const workerIds = new Map<string, string>();
  let state: 'new' | 'started' | 'stopped' = 'new';

  return {
    async start() {
      await boss.start();
      for (const job of jobs) await boss.createQueue(job.name);
      state = 'started';
    },
    async work(dependencies) {
      for (const job of jobs) {
        const workOptions = {
          includeMetadata: true as const,
          batchSize: 1,
          pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
        };
        const workerId = await boss.work(job.name, workOptions, async ([pgBossJob]) => {
          if (!pgBossJob) return;
          const run = {
            id: pgBossJob.id,
            retryCount: pgBossJob.retryCount,
            logger: logger.child({ job: job.name, jobId: pgBossJob.id, retryCount: pgBossJob.retryCount }),
          };
          try {
            await job.handle(job.payload.parse(pgBossJob.data), dependencies, run);
          } catch (error) {
            run.logger.warn({ err: error }, 'job failed');
            throw error;
          }
        });
        workerIds.set(job.name, workerId);
      }
    },
    async enqueue(tx, job, payload) {
      const id = await boss.send(job.name, job.payload.parse(payload) as object, {
        db: tx,
        retryLimit: job.retry.limit,
        retryDelay: job.retry.delaySeconds,
        retryBackoff: job.retry.backoff,
      });
      if (!id) throw new Error(`Job queue ${job.name} does not exist; is it listed in the queue's jobs?`);
      tx.onCommit(() => {
        const workerId = workerIds.get(job.name);
        if (workerId) boss.notifyWorker(workerId);
      });
      return id;
    },
    async enqueueOncePerSlot(job, payload, { key, slotSeconds }) {
      return boss.send(job.name, job.payload.parse(payload) as object, {
        singletonKey: key,
        singletonSeconds: slotSeconds,
        retryLimit: job.retry.limit,
        retryDelay: job.retry.delaySeconds,
        retryBackoff: job.retry.backoff,
      });
    },
    getJob: (job, id) => boss.getJobById(job.name, id, { includeArchive: true }),
    async checkReady() {
      if (state !== 'started') throw new Error(`job queue is ${state}`);
      await database.executeSql('SELECT version FROM pgboss.version');
    },
    async stop(timeoutMs = 10_000) {
      if (state !== 'started') return;
      state = 'stopped';
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}
