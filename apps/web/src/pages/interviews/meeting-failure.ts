import type { InterviewResponse } from '@parley/api-contract';
import type { TFunction } from 'i18next';

type MeetingFailure = NonNullable<NonNullable<InterviewResponse['meeting']>['failure']>;

/**
 * Why Zoom refused the meeting, in plain words and with what helps. The server decides the reason (it
 * knows more than Zoom's code: a lost answer, retries used up, a broken connection) and words it in the
 * reader's language (`failure.explanation`); Zoom's code is only the fallback, for a failure without
 * those words. Zoom's own English message is shown beside it for whoever asks Zoom's support.
 */
export function meetingFailureText(
  failure: Pick<MeetingFailure, 'zoomCode' | 'message'> & Partial<Pick<MeetingFailure, 'explanation'>>,
  t: TFunction<'interviews'>,
): string {
  if (failure.explanation) return failure.explanation;
  return failureTextFromCode(failure.zoomCode, t);
}

function failureTextFromCode(zoomCode: number | null, t: TFunction<'interviews'>): string {
  switch (zoomCode) {
    case 1001:
      return t('meeting.failure.hostMissing');
    case 3000:
      return t('meeting.failure.cannotSchedule');
    case 3161:
      return t('meeting.failure.hostingNotAllowed');
    case 300:
      return t('meeting.failure.invalidField');
    case 429:
      return t('meeting.failure.dailyLimit');
    case 124:
    case 4700:
    case 4711:
      return t('meeting.failure.reconnect');
    case null:
      return t('meeting.failure.unreachable');
    default:
      return t('meeting.failure.other');
  }
}
