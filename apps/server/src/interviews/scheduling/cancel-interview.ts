import { interviewAuditActions } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { interviews } from '../../db/interview-schema.ts';
import { withdrawInterviewFromIncidents } from '../../notifications/admin/withdraw-interview-from-incidents.ts';
import { announceInterviewVersion } from '../meetings/announce-interview-version.ts';
import { syncInterviewMeetingJob } from '../meetings/sync-interview-meeting.job.ts';
import { auditInterviewChange, lockEditableInterview } from './editable-interview.ts';
import type { InterviewServices } from './schedule-interview.ts';

/**
 * Cancels an interview, with a reason the recruiter may share: the meeting operation deletes its Zoom
 * meeting (Zoom's 3001, already gone, counts as done), and the cancellation goes to the people on it.
 */
export async function cancelInterview(
  services: InterviewServices,
  actor: Actor,
  interviewId: string,
  input: { version: number; reason: string },
  now = new Date(),
): Promise<void> {
  await services.database.transaction(async (tx) => {
    const before = await lockEditableInterview(tx, actor, interviewId, input.version);
    const version = before.version + 1;
    await tx.db
      .update(interviews)
      .set({ state: 'cancelled', cancelReason: input.reason, version, updatedAt: now })
      .where(eq(interviews.id, interviewId));
    // The admins' incidents stop listing an interview their cause no longer concerns.
    await withdrawInterviewFromIncidents(tx, interviewId);
    await auditInterviewChange(tx, actor, interviewId, interviewAuditActions.cancelled, {
      version,
      reason: input.reason,
    });
    await services.queue.enqueueKeyed(tx, syncInterviewMeetingJob, { interviewId }, interviewId);
    const announcement = {
      interviewId,
      organizationId: actor.organizationId,
      version,
      kind: 'cancelled' as const,
    };
    await announceInterviewVersion(tx, announcement, services, services.logger);
  });
}
