import { interviewAuditActions } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import { interviews } from '../../db/interview-schema.ts';
import { decideHost } from '../host-assignment/choose-host.ts';
import { lockHostAssignment } from '../interview-place.ts';
import { failureReasonOf, MeetingStepError } from './fail-meeting-step.ts';
import type { InterviewRow } from './load-meeting-work.ts';
import type { MeetingServices } from './meeting-services.ts';

/**
 * When Zoom refuses to create an interview's meeting because its host reached Zoom's daily limit, and
 * Parley chose that host itself (automatic), the interview moves to the next host who can take it instead of
 * failing: nobody was told a link yet, and Zoom keeps refusing that host until midnight UTC. The refusal is
 * already recorded against the host (`zoom_meeting_calls.blocked_until`), so host assignment now skips it and
 * says why. A host the recruiter named, or their own Zoom, is what they asked for: that still fails with the
 * reason. Runs under the organization's host lock, like scheduling, so the new host's slot is not taken twice.
 * Returns whether the interview has another host to try (or changed meanwhile, so the run should read it
 * again); false leaves the failure to be recorded as it is.
 */
export async function moveToNextHostPastDailyLimit(
  dependencies: MeetingServices,
  interview: InterviewRow,
  error: unknown,
): Promise<boolean> {
  if (!(error instanceof MeetingStepError) || error.operation !== 'create') return false;
  if (interview.hostChoice !== 'automatic' || failureReasonOf(error.cause) !== 'daily_limit') return false;
  return dependencies.database.transaction(async (tx) => {
    await lockHostAssignment(tx, interview.organizationId);
    const [now] = await tx.db.select().from(interviews).where(eq(interviews.id, interview.id)).for('update');
    if (!now) return false;
    if (now.version !== interview.version || now.hostZoomUserId !== interview.hostZoomUserId) return true;
    const decision = await decideHost(
      tx.db,
      { organizationId: now.organizationId, userId: now.scheduledByUserId ?? '' },
      { kind: 'automatic' },
      {
        organizationId: now.organizationId,
        start: now.startAt,
        end: now.endAt,
        timeZone: now.timeZone,
        interviewId: now.id,
        now: new Date(),
      },
    );
    if (!decision.host || decision.host.zoomUserId === now.hostZoomUserId) return false;
    await tx.db
      .update(interviews)
      .set({
        hostZoomUserId: decision.host.zoomUserId,
        hostLabel: decision.host.label,
        hostCandidateId: decision.host.hostCandidateId,
        hostConnectionId: decision.host.connectionId,
        hostExplanation: decision.explanation,
        updatedAt: new Date(),
      })
      .where(eq(interviews.id, now.id));
    await recordAuditEvent(tx, {
      organizationId: now.organizationId,
      actorUserId: null,
      action: interviewAuditActions.hostChosen,
      target: { type: 'interview', id: now.id },
      result: 'success',
      metadata: {
        explanation: decision.explanation,
        because: 'zoom_daily_limit',
        previousHostZoomUserId: now.hostZoomUserId,
      },
    });
    return true;
  });
}
