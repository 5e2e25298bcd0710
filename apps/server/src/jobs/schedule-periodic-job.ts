import type { Logger } from 'pino';
import type { JobDefinition } from './job-definition.ts';
import type { JobQueue } from './job-queue.ts';

/** When a periodic job runs. */
export interface PeriodicSchedule {
  /** Unique among periodic jobs: the slot key in the queue. */
  key: string;
  /** One run per slot of this length, across all instances. */
  everySeconds: number;
  /** How often each instance offers a run (default once a minute). */
  offerEveryMs?: number;
}

/**
 * Runs `job` once every `everySeconds` across all instances. pg-boss's own cron is off in Parley
 * (`schedule: false`: its clock-skew monitor and cron polling cost start-up time), and a job that
 * re-enqueues itself stops for good the first time a run is lost. Instead every instance offers a run
 * regularly with `enqueueOncePerSlot`: the database admits one job per slot, whichever instance offers
 * it first, so the job keeps running as long as any instance is up. Returns a function that stops the timer.
 */
export function schedulePeriodicJob<Payload, Dependencies>(
  queue: JobQueue<Dependencies>,
  job: JobDefinition<Payload, Dependencies>,
  payload: Payload,
  schedule: PeriodicSchedule,
  logger: Logger,
): () => void {
  const offer = () => {
    queue
      .enqueueOncePerSlot(job, payload, { key: schedule.key, slotSeconds: schedule.everySeconds })
      .catch((error: unknown) =>
        logger.warn({ err: error, job: job.name }, 'could not schedule a periodic job'),
      );
  };
  const timer = setInterval(offer, schedule.offerEveryMs ?? 60_000);
  timer.unref();
  return () => clearInterval(timer);
}
