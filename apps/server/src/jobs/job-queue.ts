import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { Database, Transaction } from '../db/database.ts';
import type { JobDefinition } from './job-definition.ts';

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
  /** Starts each job's workers (its `concurrency`); `dependencies` are handed to every handler. */
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
   * Enqueues a job of a `oneAtATimePerKey` kind inside `tx` for `key`. Returns null when a job for the key
   * is already waiting: that job will do the work, as it reads the state when it runs.
   */
  enqueueKeyed<Payload>(
    tx: Transaction,
    job: JobDefinition<Payload, Dependencies>,
    payload: Payload,
    key: string,
  ): Promise<string | null>;
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
  const workers = new Map<string, JobWorker>();
  let state: 'new' | 'started' | 'stopped' = 'new';

  /**
   * Wakes the job's worker after an enqueue. A busy worker is not interrupted: it fetches again as soon
   * as its batch is done.
   */
  const wakeWorker = (job: AnyJob<Dependencies>) => {
    const worker = workers.get(job.name);
    if (!worker?.id) return;
    if (worker.busy) worker.wokenWhileBusy = true;
    else boss.notifyWorker(worker.id);
  };

  /**
   * One pg-boss worker per job kind fetches up to `concurrency` jobs in one query and runs them side by
   * side; each failure is recorded for its own job, the rest are completed together by pg-boss. A fetch
   * is the queue's most expensive query, so batching is what lets a backlog drain quickly on PGlite.
   */
  const startWorker = async (job: AnyJob<Dependencies>, dependencies: Dependencies) => {
    const worker: JobWorker = { id: undefined, busy: false, wokenWhileBusy: false };
    workers.set(job.name, worker);
    const workOptions = {
      includeMetadata: true as const,
      batchSize: job.concurrency,
      pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
    };
    worker.id = await boss.work(job.name, workOptions, async (batch) => {
      if (batch.length === 0) return;
      worker.busy = true;
      worker.wokenWhileBusy = false;
      try {
        await Promise.all(
          batch.map((pgBossJob) =>
            runJob(job, pgBossJob, dependencies, logger).catch((error: unknown) =>
              boss.fail(job.name, pgBossJob.id, error as object),
            ),
          ),
        );
      } finally {
        worker.busy = false;
        // pg-boss would wait a polling interval before the next fetch. A full batch suggests a backlog,
        // and an enqueue during the run left a job waiting: fetch again at once.
        if (worker.id && (batch.length === job.concurrency || worker.wokenWhileBusy)) {
          boss.notifyWorker(worker.id);
        }
      }
    });
  };

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
      for (const job of jobs) await startWorker(job, dependencies);
    },
    async enqueue(tx, job, payload, options = {}) {
      const startAfterSeconds = options.startAfterSeconds ?? 0;
      const id = await boss.send(job.name, job.payload.parse(payload) as object, {
        db: tx,
        ...sendOptions(job),
        ...(startAfterSeconds > 0 ? { startAfter: startAfterSeconds } : {}),
      });
      if (!id) throw new Error(`Job queue ${job.name} does not exist; is it listed in the queue's jobs?`);
      tx.onCommit(() => wakeWorker(job));
      return id;
    },
    async enqueueKeyed(tx, job, payload, key) {
      if (!job.oneAtATimePerKey) throw new Error(`Job ${job.name} is not keyed (oneAtATimePerKey)`);
      const id = await boss.send(job.name, job.payload.parse(payload) as object, {
        db: tx,
        singletonKey: key,
        ...sendOptions(job),
      });
      tx.onCommit(() => wakeWorker(job));
      return id;
    },
    async enqueueOncePerSlot(job, payload, { key, slotSeconds }) {
      const id = await boss.send(job.name, job.payload.parse(payload) as object, {
        singletonKey: key,
        singletonSeconds: slotSeconds,
        ...sendOptions(job),
      });
      if (id) wakeWorker(job);
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
      await boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    },
  };
}

/** The pg-boss worker of a job kind: its id once started, whether it is running a batch right now. */
interface JobWorker {
  id: string | undefined;
  busy: boolean;
  /** A job was enqueued while the worker was busy. */
  wokenWhileBusy: boolean;
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

/** Parses the payload and runs the handler; a failure is logged and rethrown for pg-boss to retry. */
async function runJob<Dependencies>(
  job: AnyJob<Dependencies>,
  pgBossJob: PgBoss.JobWithMetadata<unknown>,
  dependencies: Dependencies,
  logger: Logger,
): Promise<void> {
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
}
