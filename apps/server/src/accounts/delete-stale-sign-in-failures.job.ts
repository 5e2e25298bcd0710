import { z } from 'zod';
import { defineJob } from '../jobs/job-definition.ts';
import type { Services } from '../services.ts';
import { deleteStaleSignInFailures } from './sign-in-limits.ts';

/** How often stale sign-in failures are deleted (by one instance per slot). */
export const staleSignInFailuresIntervalSeconds = 60 * 60;

/**
 * Deletes failed sign-ins too old to count towards any limit, so `login_attempts` holds at most the last
 * hour. Idempotent; a lost run is simply done by the next slot.
 */
export const deleteStaleSignInFailuresJob = defineJob({
  name: 'delete-stale-sign-in-failures-v1',
  payload: z.object({}),
  retry: { limit: 0, delaySeconds: 60, backoff: false },
  expireInSeconds: 60,
  concurrency: 1,
  async handle(_payload, { database }: Services, run) {
    const deleted = await deleteStaleSignInFailures(database.db);
    run.logger.info({ deleted }, 'stale sign-in failures deleted');
  },
});
