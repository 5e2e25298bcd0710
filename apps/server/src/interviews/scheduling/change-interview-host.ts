import type { HostChoice } from '@parley/api-contract';
import { interviewAuditActions } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { interviews } from '../../db/interview-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { withdrawInterviewFromIncidents } from '../../notifications/admin/withdraw-interview-from-incidents.ts';
import { requireHost } from '../host-assignment/choose-host.ts';
import { lockHostAssignment, needsMeeting } from '../interview-place.ts';
import { syncInterviewMeetingJob } from '../meetings/sync-interview-meeting.job.ts';
import { auditInterviewChange, lockEditableInterview } from './editable-interview.ts';
import type { InterviewServices } from './schedule-interview.ts';

/**
 * Moves an interview's meeting to another host. Zoom cannot move a meeting between hosts, so the
 * meeting operation creates it on the new host first, stores it, then deletes the old one: the join link
 * changes (the meeting says so with `linkChanged`). Returns whether the host changed.
 */
export async function changeInterviewHost(
  services: InterviewServices,
  actor: Actor,
  interviewId: string,
  input: { version: number; host: HostChoice },
  now = new Date(),
): Promise<{ changed: boolean }> {
  return services.database.transaction(async (tx) => {
    const before = await lockEditableInterview(tx, actor, interviewId, input.version);
    if (!needsMeeting(before))
      throw new AppError(AppErrorCode.InterviewNotEditable, {
        details: [{ path: 'host', message: 'no Zoom meeting' }],
      });
    await lockHostAssignment(tx, actor.organizationId);
    const query = {
      organizationId: actor.organizationId,
      start: before.startAt,
      end: before.endAt,
      timeZone: before.timeZone,
      interviewId,
      now,
    };
    const decision = await requireHost(tx.db, actor, input.host, query);
    const same =
      decision.host.zoomUserId === before.hostZoomUserId &&
      decision.host.connectionId === before.hostConnectionId;
    if (same) return { changed: false };
    const version = before.version + 1;
    await tx.db
      .update(interviews)
      .set({
        hostChoice: input.host.kind,
        requestedHostCandidateId: input.host.kind === 'host_candidate' ? input.host.hostCandidateId : null,
        hostZoomUserId: decision.host.zoomUserId,
        hostLabel: decision.host.label,
        hostCandidateId: decision.host.hostCandidateId,
        hostConnectionId: decision.host.connectionId,
        hostExplanation: decision.explanation,
        state: 'rescheduling',
        version,
        updatedAt: now,
      })
      .where(eq(interviews.id, interviewId));
    // The admins' incidents stop listing an interview their cause no longer concerns.
    await withdrawInterviewFromIncidents(tx, interviewId);
    await auditInterviewChange(tx, actor, interviewId, interviewAuditActions.hostChanged, {
      version,
      fromHostZoomUserId: before.hostZoomUserId,
      toHostZoomUserId: decision.host.zoomUserId,
      explanation: decision.explanation,
    });
    await services.queue.enqueueKeyed(tx, syncInterviewMeetingJob, { interviewId }, interviewId);
    return { changed: true };
  });
}
