import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { z } from 'zod';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import type { JobQueue } from '../../jobs/job-queue.ts';
import { schedulePeriodicJob } from '../../jobs/schedule-periodic-job.ts';
import type { Services } from '../../services.ts';
import { checkZoomConnection } from './check-zoom-connection.ts';

/**
 * How often every connection is checked: often enough that a broken one shows before an interview needs it.
 */
const zoomHealthIntervalMs = 15 * 60 * 1000;
/** Tokens with less than this left are refreshed by the check: every token is renewed before it expires. */
const refreshWithinMs = zoomHealthIntervalMs + 5 * 60 * 1000;
/** Connections checked at the same time. */
const concurrency = 4;

/**
 * Checks every working Zoom connection (see `checkZoomConnection`) and refreshes tokens that would expire
 * before the next round. One connection failing does not stop the others. Idempotent: running it
 * twice only checks twice.
 */
export const checkZoomConnections = defineJob({
  name: 'check-zoom-connections-v1',
  payload: z.object({}),
  // A lost run is not retried: the next 15-minute slot checks again. Long expiry: many connections, each
  // a Zoom call or two, four at a time.
  retry: { limit: 0, delaySeconds: 60, backoff: false },
  expireInSeconds: 10 * 60,
  concurrency: 1,
  async handle(_payload, services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>, run) {
    const connections = await services.database.db
      .select({ id: zoomConnections.id })
      .from(zoomConnections)
      .where(eq(zoomConnections.status, 'connected'));
    const pending = connections.map((connection) => connection.id);
    let failed = 0;
    const worker = async () => {
      for (let id = pending.shift(); id !== undefined; id = pending.shift()) {
        try {
          const result = await checkZoomConnection(services, id, { refreshWithinMs });
          if (result && !result.ok) failed++;
        } catch (error) {
          failed++;
          run.logger.warn({ err: error, connectionId: id }, 'Zoom connection check failed');
        }
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    run.logger.info({ checked: connections.length, withProblems: failed }, 'Zoom connections checked');
  },
});

/** Runs {@link checkZoomConnections} every {@link zoomHealthIntervalMs} across all instances. */
export function scheduleZoomHealthChecks(queue: JobQueue<Services>, logger: Logger): () => void {
  return schedulePeriodicJob(
    queue,
    checkZoomConnections,
    {},
    { key: 'zoom-health', everySeconds: zoomHealthIntervalMs / 1000 },
    logger,
  );
}
