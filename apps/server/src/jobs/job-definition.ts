import type { Logger } from 'pino';
import type { z } from 'zod';

/**
 * How pg-boss retries a failed job: up to `limit` more runs, after `delaySeconds`, doubling (with jitter)
 * when `backoff` is on. A run that outlives its expiry counts as failed, so with `limit` 0 a job whose
 * process was killed is not run again.
 */
export interface RetryPolicy {
  limit: number;
  delaySeconds: number;
  backoff: boolean;
}

/** What a handler learns about the job it runs. */
export interface JobRun {
  id: string;
  /** 0 on the first run, 1 on the first retry, … */
  retryCount: number;
  logger: Logger;
}

/**
 * A background job: a versioned queue name, a zod schema for its payload and a handler. pg-boss delivers
 * at least once, so handlers must be idempotent. `Dependencies` are the services the handler needs
 * (database, mailer, …), handed in by whoever starts the queue.
 */
export interface JobDefinition<Payload, Dependencies> {
  /** Queue name with a version suffix (`send-invitation-email-v1`): a new payload shape gets a new queue. */
  name: string;
  payload: z.ZodType<Payload>;
  retry: RetryPolicy;
  /**
   * How long one run may take. A run still active after this is taken as lost (its process was killed or
   * hung) and retried, within about 10 s more (the queue's maintenance interval): keep it short for short
   * jobs, so a restart resumes them promptly, and longer than the slowest honest run.
   */
  expireInSeconds: number;
  /** How many jobs of this kind one instance runs at the same time. */
  concurrency: number;
  /**
   * Jobs enqueued with a key (`enqueueKeyed`) run one at a time per key, with at most one more waiting
   * (pg-boss's `stately` queue policy): work on one thing (an interview's meeting) never runs twice at
   * once, and a change made while a job waits is picked up by that waiting job, so the handler must read
   * the current state rather than trust its payload.
   */
  oneAtATimePerKey?: boolean;
  handle(payload: Payload, dependencies: Dependencies, run: JobRun): Promise<void>;
}

/** Declares a job; a typed identity function so the payload type flows from the schema to the handler. */
export function defineJob<Payload, Dependencies>(
  definition: JobDefinition<Payload, Dependencies>,
): JobDefinition<Payload, Dependencies> {
  return definition;
}
