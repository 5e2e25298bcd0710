import type { MeetingGuardResponse } from '@parley/api-contract';
import { desc, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { meetingGuardSettings, meetingReconcileRuns } from '../../db/interview-schema.ts';
import type { Services } from '../../services.ts';
import { reconcileMeetingsJob, startReconcileRun } from './reconcile-meetings.job.ts';

type GuardServices = Pick<Services, 'database' | 'queue'>;

/** The organization's auto-recreate choice and its last reconcile run, for the Zoom settings page. */
export async function getMeetingGuard(services: GuardServices, actor: Actor): Promise<MeetingGuardResponse> {
  const db = services.database.db;
  const [settings] = await db
    .select()
    .from(meetingGuardSettings)
    .where(eq(meetingGuardSettings.organizationId, actor.organizationId));
  const [last] = await db
    .select()
    .from(meetingReconcileRuns)
    .where(eq(meetingReconcileRuns.organizationId, actor.organizationId))
    .orderBy(desc(meetingReconcileRuns.startedAt))
    .limit(1);
  return {
    autoRecreate: settings?.autoRecreate ?? false,
    lastReconcile: last
      ? {
          id: last.id,
          trigger: last.trigger,
          startedAt: last.startedAt.toISOString(),
          finishedAt: last.finishedAt?.toISOString() ?? null,
          counts: last.counts ?? null,
          error: last.error,
        }
      : null,
  };
}

/** Sets whether meetings deleted in Zoom are recreated at once (admins). */
export async function setMeetingGuard(
  services: GuardServices,
  actor: Actor,
  input: { autoRecreate: boolean },
): Promise<MeetingGuardResponse> {
  await services.database.db
    .insert(meetingGuardSettings)
    .values({ organizationId: actor.organizationId, autoRecreate: input.autoRecreate })
    .onConflictDoUpdate({
      target: meetingGuardSettings.organizationId,
      set: { autoRecreate: input.autoRecreate, updatedAt: new Date() },
    });
  return getMeetingGuard(services, actor);
}

/** An admin's *Reconcile now*: a recorded run, done by the job in the background. */
export async function requestReconcile(services: GuardServices, actor: Actor): Promise<MeetingGuardResponse> {
  const runId = await startReconcileRun(services, actor.organizationId, 'admin', actor.userId);
  await services.database.transaction((tx) =>
    services.queue.enqueue(tx, reconcileMeetingsJob, { organizationId: actor.organizationId, runId }),
  );
  return getMeetingGuard(services, actor);
}
