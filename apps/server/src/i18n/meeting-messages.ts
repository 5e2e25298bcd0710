import type { Language, MeetingFailureReason } from '@parley/api-contract';
import { translate } from './translate.ts';

/**
 * Why a meeting's Zoom work failed, in plain words for the reader, with what to do and Zoom's own words
 * (`zoomMessage`, e.g. "Zoom 1001: User does not exist: …") at the end for whoever asks Zoom's support.
 */
export function describeMeetingFailure(
  reason: MeetingFailureReason,
  zoomMessage: string,
  language: Language,
): string {
  const sentence = translate(language, `interviews.meetingFailure.${reason}`);
  return zoomMessage ? translate(language, 'interviews.zoomSaid', { sentence, zoomMessage }) : sentence;
}
