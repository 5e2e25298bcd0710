import type { EmulatorContext } from '../emulator-context.ts';
import type { Meeting, Plan } from '../state/types.ts';

/** Zoom: Pro (and Basic) hosts run one meeting at a time; Business and above two. */
export function concurrentMeetingLimit(plan: Plan): number {
  return plan === 'business' ? 2 : 1;
}

/** Starts a meeting unless its host already runs as many meetings as the plan allows. */
export function startMeeting(context: EmulatorContext, meeting: Meeting): boolean {
  if (meeting.status === 'started') return true;
  const { state } = context;
  const account = state.accounts.get(meeting.accountId)!;
  const host = state.users.get(meeting.hostId)!;
  const limit = host.type === 2 ? concurrentMeetingLimit(account.plan) : 1;
  let running = 0;
  for (const id of state.meetingIdsByHost.get(meeting.hostId) ?? []) {
    if (state.meetings.get(id)?.status === 'started') running++;
  }
  if (running >= limit) return false;
  meeting.status = 'started';
  return true;
}

/** Ends a running meeting. */
export function endMeeting(meeting: Meeting): void {
  meeting.status = 'waiting';
}
