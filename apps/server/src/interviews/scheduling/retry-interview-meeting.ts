import { interviewAuditActions } from '@parley/api-contract';
import type { Actor } from '../../actor.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { restartMeetingWork } from '../meetings/restart-meeting-work.ts';
import { auditInterviewChange, editInterview } from './editable-interview.ts';
import type { InterviewServices } from './schedule-interview.ts';

/** Runs the meeting operation of an interview whose Zoom work failed for good once more (an editor's retry). */
export async function retryInterviewMeeting(
  services: InterviewServices,
  actor: Actor,
  interviewId: string,
  input: { version: number },
): Promise<void> {
  await editInterview(services, actor, { id: interviewId, version: input.version }, async (tx, before) => {
    const restarted = await restartMeetingWork(tx, services, before, { automatic: false });
    if (!restarted) throw new AppError(AppErrorCode.InterviewNotEditable);
    await auditInterviewChange(tx, actor, interviewId, interviewAuditActions.meetingRetried, {
      version: before.version,
    });
  });
}
