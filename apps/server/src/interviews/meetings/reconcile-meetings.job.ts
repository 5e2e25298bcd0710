import type { ReconcileCounts, ReconcileTrigger } from '@parley/api-contract';
import { and, eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { z } from 'zod';
import { meetingReconcileRuns } from '../../db/interview-schema.ts';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { defineJob } from '../../jobs/job-definition.ts';
import type { JobQueue } from '../../jobs/job-queue.ts';
import { schedulePeriodicJob } from '../../jobs/schedule-periodic-job.ts';
import { reconcileFindings, reconcileRuns } from '../../metrics/meeting-metrics.ts';
import type { Services } from '../../services.ts';
import type { MeetingServices } from './meeting-services.ts';
import { reconcileMeetings } from './reconcile-meetings.ts';

/** How often every organization's meetings are compared with Zoom. */
const reconcileIntervalSeconds = 60 * 60;

/** Starts a recorded run for an organization (the settings page shows the last one). */
export async function startReconcileRun(
  services: Pick<Services, 'database'>,
  organizationId: string,
  trigger: ReconcileTrigger,
  requestedByUserId: string | null,
): Promise<string> {
  const [run] = await services.database.db
    .insert(meetingReconcileRuns)
    .values({ organizationId, trigger, requestedByUserId })
    .returning({ id: meetingReconcileRuns.id });
  return run!.id;
}

/** Adds a finished run's counts to `/metrics`, so operators can alert on them without reading the UI. */
function countReconcileRun(trigger: ReconcileTrigger, counts: ReconcileCounts | null) {
  reconcileRuns.inc({ trigger, outcome: counts ? 'finished' : 'failed' });
  for (const [finding, value] of Object.entries(counts ?? {})) reconcileFindings.inc({ finding }, value);
}

async function runReconcile(
  services: MeetingServices,
  organizationId: string,
  run: { id: string; trigger: ReconcileTrigger },
  logger: Logger,
) {
  const runId = run.id;
  try {
    const counts = await reconcileMeetings(services, organizationId, logger);
    await services.database.db
      .update(meetingReconcileRuns)
      .set({ counts, finishedAt: new Date() })
      .where(eq(meetingReconcileRuns.id, runId));
    countReconcileRun(run.trigger, counts);
    logger.info({ organizationId, ...counts }, 'meetings reconciled with Zoom');
  } catch (error) {
    logger.warn({ err: error, organizationId }, 'reconciling meetings with Zoom failed');
    await services.database.db
      .update(meetingReconcileRuns)
      .set({ finishedAt: new Date(), error: error instanceof Error ? error.message : String(error) })
      .where(eq(meetingReconcileRuns.id, runId));
    countReconcileRun(run.trigger, null);
  }
}

/**
 * Compares Parley's upcoming interviews with the hosts' upcoming meetings in Zoom (`reconcileMeetings`):
 * one organization's run (an admin's button), or every connected organization's (the periodic run). A
 * failed run is recorded with its reason and not retried: the next run looks again.
 */
export const reconcileMeetingsJob = defineJob({
  name: 'reconcile-meetings-v1',
  payload: z.object({ organizationId: z.uuid().optional(), runId: z.uuid().optional() }),
  retry: { limit: 0, delaySeconds: 60, backoff: false },
  // Many hosts, each a page or more at Zoom's per-second pace.
  expireInSeconds: 30 * 60,
  concurrency: 1,
  async handle(payload, services: MeetingServices, run) {
    if (payload.organizationId && payload.runId) {
      // Only an admin's button names the run (meeting-guard.ts); the schedule starts its own below.
      const adminRun = { id: payload.runId, trigger: 'admin' as const };
      await runReconcile(services, payload.organizationId, adminRun, run.logger);
      return;
    }
    const connected = await services.database.db
      .selectDistinct({ organizationId: zoomConnections.organizationId })
      .from(zoomConnections)
      .where(and(eq(zoomConnections.kind, 'organization'), eq(zoomConnections.status, 'connected')));
    for (const { organizationId } of connected) {
      const runId = await startReconcileRun(services, organizationId, 'schedule', null);
      await runReconcile(services, organizationId, { id: runId, trigger: 'schedule' }, run.logger);
    }
  },
});

/** Runs {@link reconcileMeetingsJob} for every organization every hour, across all instances. */
export function scheduleMeetingReconcile(queue: JobQueue<Services>, logger: Logger): () => void {
  return schedulePeriodicJob(
    queue,
    reconcileMeetingsJob,
    {},
    { key: 'meeting-reconcile', everySeconds: reconcileIntervalSeconds },
    logger,
  );
}
