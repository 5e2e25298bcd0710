import type { Language } from '@parley/api-contract';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * One formatter per language and zone, kept: building an `Intl.DateTimeFormat` costs far more than using
 * one, and a batch of invitations formats the same few pairs again and again.
 */
function formatterFor(language: Language, timeZone: string): Intl.DateTimeFormat {
  const key = `${language}\n${timeZone}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      timeZone,
      year: 'numeric',
      // Japanese writes the month as a number (12月); "short" would do the same, "long" says it plainly.
      month: language === 'ja' ? 'long' : 'short',
      day: 'numeric',
      weekday: 'short',
      hour: language === 'en' ? 'numeric' : '2-digit',
      minute: '2-digit',
      hourCycle: language === 'en' ? 'h12' : 'h23',
      timeZoneName: 'short',
    });
    formats.set(key, format);
  }
  return format;
}

/**
 * An instant as the reader says it, in their zone with the zone named the way they know it:
 * `2026年12月3日(木) 14:00 JST`, `Do., 3. Dez. 2026, 14:00 MEZ`, `Thu, Dec 3, 2026, 2:00 PM EST`. Where
 * the language has no short name for the zone, the offset stands in (`GMT+9`).
 */
export function formatInterviewTime(instant: string | Date, language: Language, timeZone: string): string {
  return formatterFor(language, timeZone).format(new Date(instant));
}
