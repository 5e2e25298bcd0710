import type { Actor } from '../../actor.ts';
import { currentDrift } from './restore-interview-time.ts';
import type { InterviewServices } from './schedule-interview.ts';
import { updateInterview } from './update-interview.ts';

/**
 * *Keep Zoom's time*: the interview moves to the time and length someone set in Zoom — an ordinary
 * reschedule (new version, the people on it told), whose update to Zoom then changes nothing there.
 * NO_MEETING_DRIFT when Zoom has the interview's time.
 */
export async function keepZoomMeetingTime(
  services: InterviewServices,
  actor: Actor,
  interviewId: string,
  input: { version: number },
): Promise<void> {
  const drift = await currentDrift(services.database.db, actor, interviewId);
  await updateInterview(services, actor, interviewId, {
    version: input.version,
    startAt: drift.startAt,
    durationMinutes: drift.durationMinutes,
  });
}
