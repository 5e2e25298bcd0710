import { DateTime, IANAZone } from 'luxon';

/**
 * Reads a start time as the API accepts it: an ISO instant with `Z` or an offset, or a wall-clock time
 * without one, read in `zone` — so 09:00 Europe/Berlin is 08:00 UTC after the October change and 07:00
 * before it. As everywhere in Parley (Luxon's rule), a wall-clock time a spring change skips is read an
 * hour later, and one an autumn change repeats as the first of the two.
 */
export function parseStartTime(value: string, zone: string): Date {
  const parsed = DateTime.fromISO(value, { zone: IANAZone.create(zone), setZone: true });
  const [first] = parsed.getPossibleOffsets().sort((one, other) => one.toMillis() - other.toMillis());
  return (first ?? parsed).toJSDate();
}

/** The start and end (exclusive) of the calendar day `instant` falls on in `zone` (23 to 25 hours long). */
export function localDayBounds(instant: Date, zone: string): { start: Date; end: Date } {
  const day = DateTime.fromJSDate(instant, { zone }).startOf('day');
  return { start: day.toJSDate(), end: day.plus({ days: 1 }).toJSDate() };
}

/** The start of the UTC day of `instant`: Zoom's daily limits reset at 00:00 UTC. */
export function utcDayStart(instant: Date): Date {
  return DateTime.fromJSDate(instant, { zone: 'utc' }).startOf('day').toJSDate();
}
