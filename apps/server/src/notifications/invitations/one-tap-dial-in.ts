import type { Language } from '@parley/api-contract';
import type { InterviewSnapshot } from './interview-snapshot.ts';

type DialInNumber = NonNullable<InterviewSnapshot['meeting']>['dialInNumbers'][number];

/** The countries whose numbers suit a reader of each language, best first (else Zoom's first number). */
const countriesByLanguage: Record<Language, readonly string[]> = {
  en: ['US', 'GB', 'CA', 'AU'],
  de: ['DE', 'AT', 'CH'],
  ja: ['JP'],
};

/** The one-tap line a phone dials in one go, with where its number is. */
export interface OneTapDialIn {
  /** `+16465588656,,85212345678#,,,,*493817#`: the number, the meeting id, then the phone passcode. */
  dial: string;
  city: string;
}

/**
 * Zoom's one-tap dial-in line for a reader: a number of their language's country where Zoom lists one,
 * the meeting id, and the numeric phone passcode. Composed when the message is rendered, because the
 * line holds the passcode, which is kept only sealed.
 */
export function oneTapDialIn(
  numbers: readonly DialInNumber[],
  language: Language,
  zoomMeetingId: number,
  phonePasscode: string | null,
): OneTapDialIn | null {
  const preferred = countriesByLanguage[language];
  const chosen =
    numbers.find((entry) => preferred.includes(entry.country)) ??
    (numbers.length > 0 ? numbers[0] : undefined);
  if (!chosen) return null;
  const passcode = phonePasscode ? `,,,,*${phonePasscode}#` : '';
  return { dial: `${chosen.number.replace(/[^\d+]/g, '')},,${zoomMeetingId}#${passcode}`, city: chosen.city };
}
