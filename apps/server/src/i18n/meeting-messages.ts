import type { Language, MeetingFailureReason } from '@parley/api-contract';
import { translate } from './translate.ts';

/** Why a meeting's Zoom work failed, in plain words for the reader, with what to do. */
export function describeMeetingFailure(
  reason: MeetingFailureReason | 'daily_limit_waiting',
  language: Language,
): string {
  return translate(language, `interviews.meetingFailure.${reason}`);
}
