import i18next, { type TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/interviews/en.json';
import { meetingFailureText } from './meeting-failure.ts';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  ns: ['interviews'],
  defaultNS: 'interviews',
  resources: { en: { interviews: en } },
  interpolation: { escapeValue: false },
});
const english = i18n.getFixedT('en', 'interviews') as TFunction<'interviews'>;

describe('a failed meeting in words', () => {
  it('says what the server found, in the words it sent for the reader, not what Zoom’s code alone suggests', () => {
    // Retries used up on a per-second limit: Zoom's code is 429, but this is no daily limit.
    const words = meetingFailureText(
      {
        zoomCode: 429,
        message: 'Too many requests',
        explanation: 'Zoom war zu beschäftigt. Erneut versuchen.',
      },
      english,
    );
    expect(words).toBe('Zoom war zu beschäftigt. Erneut versuchen.');
  });

  it('falls back to Zoom’s code when the server sent no words', () => {
    const words = (zoomCode: number | null) => meetingFailureText({ zoomCode, message: '' }, english);
    expect(words(3161)).toBe(en.meeting.failure.hostingNotAllowed);
    expect(words(1001)).toBe(en.meeting.failure.hostMissing);
    expect(words(429)).toBe(en.meeting.failure.dailyLimit);
    expect(words(4711)).toBe(en.meeting.failure.reconnect);
    expect(words(null)).toBe(en.meeting.failure.unreachable);
    expect(words(9999)).toBe(en.meeting.failure.other);
  });
});
