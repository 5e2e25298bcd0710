import { DateTime, IANAZone } from 'luxon';

/** Whether `timeZone` is an IANA zone (or `UTC`) this runtime knows; Luxon caches the answer per name. */
export function isKnownTimeZone(timeZone: string): boolean {
  return IANAZone.create(timeZone).isValid;
}

const START_TIME = /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Reads a Zoom `start_time`: `…Z` (or an explicit offset) is an instant; without one it is wall-clock
 * time in `timeZone`. Returns epoch milliseconds rounded down to the second, or undefined if invalid.
 *
 * Luxon does the zone arithmetic. A wall-clock time that a DST change skips (02:30 on the day Berlin
 * moves to summer time) is read as the time it would be an hour later; one that happens twice (02:30 on
 * the day Berlin moves back) as the first of the two.
 */
export function parseStartTime(text: string, timeZone: string): number | undefined {
  const match = START_TIME.exec(text);
  if (!match) return undefined;
  const hasOffset = match[3] !== undefined;
  if (!hasOffset && !isKnownTimeZone(timeZone)) return undefined;
  const parsed = DateTime.fromISO(text, { zone: hasOffset ? 'utc' : IANAZone.create(timeZone) });
  if (!parsed.isValid) return undefined;
  const [first] = parsed.getPossibleOffsets().sort((one, other) => one.toMillis() - other.toMillis());
  return (first ?? parsed).startOf('second').toMillis();
}
