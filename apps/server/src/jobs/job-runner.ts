import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { isUniqueViolation } from '../db/unique-violation.ts';
import type { JobDefinition } from './job-definition.ts';
import type { FetchedJob } from './keyed-jobs.ts';

// biome-ignore lint/suspicious/noExplicitAny: a runner runs jobs of any payload type.
type AnyJob<Dependencies> = JobDefinition<any, Dependencies>;

/** Options of {@link startJobRunner}. */
export interface JobRunnerOptions<Dependencies> {
  boss: PgBoss;
  job: AnyJob<Dependencies>;
  /** Takes up to `batchSize` waiting jobs of the kind and marks them active (one query). */
  fetch(batchSize: number): Promise<FetchedJob[]>;
  dependencies: Dependencies;
  logger: Logger;
  /** How often an idle runner looks for jobs other instances enqueued. */
  pollingIntervalMs: number;
}

/** Runs one job kind in this process. */
export interface JobRunner {
  /** Looks for jobs now instead of at the next poll, e.g. after an enqueue in this process. */
  wake(): void;
  /**
   * Stops fetching and waits up to `timeoutMs` for the running jobs; those still running then are failed,
   * so that they are retried at once rather than after their expiry.
   */
  stop(timeoutMs: number): Promise<void>;
}

/**
 * Runs a job kind up to its `concurrency` at a time, and records each run's outcome by the job's id as soon
 * as that run ends.
 *
 * Why not pg-boss's `work`: it completes a whole fetched batch when its handler returns, by id, whatever
 * state those jobs have reached since. A job of the batch that failed early can meanwhile have been fetched
 * again for its retry (by another instance, or by the next fetch of this one racing the completion on
 * another pooled connection): that new run was then marked completed, and its own failure changed nothing,
 * so a job gave up silently. Here only the run that fetched a job records its end, and a slot is refilled
 * as soon as it frees, so one slow job no longer holds back the rest of its batch either.
 */
export function startJobRunner<Dependencies>(options: JobRunnerOptions<Dependencies>): JobRunner {
  const { boss, job, dependencies, logger } = options;
  const running = new Map<string, Promise<void>>();
  /** The fetch under way, if any: a stop waits for it, so that no job it takes is left unstarted. */
  let fetching: Promise<void> | undefined;
  /** A wake-up arrived during a fetch, or a fetch filled every slot: there may be more to fetch. */
  let mayHaveMore = false;
  let stopped = false;

  const fetchJobs = async () => {
    const free = job.concurrency - running.size;
    if (stopped || free <= 0) return;
    if (fetching) {
      mayHaveMore = true;
      return;
    }
    mayHaveMore = false;
    fetching = fetchInto(free);
    await fetching;
    fetching = undefined;
    if (mayHaveMore) void fetchJobs();
  };

  const fetchInto = async (free: number) => {
    try {
      // A fetch is the queue's most expensive query: take every free slot's job in one.
      const fetched = await options.fetch(free);
      if (fetched.length === free) mayHaveMore = true;
      for (const fetchedJob of fetched) startRun(fetchedJob);
    } catch (error) {
      if (job.oneAtATimePerKey && isUniqueViolation(error)) {
        // Another instance started a job of the same key at the same moment (see fetchKeyedJobs): nothing
        // was taken here, so look again at once; that key now has its active run and is skipped.
        logger.info(
          { job: job.name },
          'job fetch clashed with another fetch of the same key; fetching again',
        );
        mayHaveMore = true;
        return;
      }
      logger.error({ err: error, job: job.name }, 'job queue error');
    }
  };

  const startRun = (fetchedJob: FetchedJob) => {
    const run = runAndRecord(boss, job, fetchedJob, dependencies, logger).finally(() => {
      running.delete(fetchedJob.id);
      // A keyed job's end frees its key: the job that waited for it can start now, not at the next poll.
      if (mayHaveMore || job.oneAtATimePerKey) void fetchJobs();
    });
    running.set(fetchedJob.id, run);
  };

  const poll = setInterval(() => void fetchJobs(), options.pollingIntervalMs);
  void fetchJobs();

  return {
    wake() {
      mayHaveMore = true;
      void fetchJobs();
    },
    async stop(timeoutMs) {
      stopped = true;
      clearInterval(poll);
      await fetching;
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<void>((resolve) => {
        timer = setTimeout(resolve, timeoutMs);
      });
      await Promise.race([Promise.all(running.values()), timedOut]);
      clearTimeout(timer);
      for (const id of running.keys()) {
        await boss.fail(job.name, id, { message: 'the job queue stopped during the run' });
      }
    },
  };
}

/**
 * Runs one fetched job and records its end for this run: completed, or failed (pg-boss then retries it or,
 * out of retries, leaves it failed). A run longer than the job's expiry counts as failed, as pg-boss's
 * maintenance would take it to be lost; its late end is not recorded.
 */
async function runAndRecord<Dependencies>(
  boss: PgBoss,
  job: AnyJob<Dependencies>,
  fetchedJob: FetchedJob,
  dependencies: Dependencies,
  logger: Logger,
): Promise<void> {
  const runLogger = logger.child({ job: job.name, jobId: fetchedJob.id, retryCount: fetchedJob.retryCount });
  try {
    try {
      await withinSeconds(
        job.handle(job.payload.parse(fetchedJob.data), dependencies, {
          id: fetchedJob.id,
          retryCount: fetchedJob.retryCount,
          logger: runLogger,
        }),
        job.expireInSeconds,
      );
    } catch (error) {
      runLogger.warn({ err: error }, 'job failed');
      await boss.fail(job.name, fetchedJob.id, error as object);
      return;
    }
    await boss.complete(job.name, fetchedJob.id);
  } catch (error) {
    // The database did not take the outcome: the run stays active until its expiry, and is retried then.
    runLogger.error({ err: error }, 'job queue error');
  }
}

/** Settles as `promise` does, or rejects after `seconds`. */
async function withinSeconds(promise: Promise<void>, seconds: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`the run outlived its expiry of ${seconds} s`)),
      seconds * 1000,
    );
  });
  try {
    await Promise.race([promise, expired]);
  } finally {
    clearTimeout(timer);
  }
}
