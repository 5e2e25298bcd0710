import { DateTime } from 'luxon';

const datePattern = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The instant a calendar day (`YYYY-MM-DD`, as `<input type="date">` gives it) begins in `timeZone`, e.g.
 * 2026-03-29 in Europe/Berlin → 2026-03-28T23:00:00.000Z. `dayOffset` moves to a later day first, so that
 * `dayOffset: 1` gives the exclusive end of the day. Undefined for text that is not such a date, or a zone
 * the browser does not know.
 *
 * Luxon does the zone arithmetic: where a zone skips midnight (DST starting at 00:00) the day begins at
 * the first wall-clock time that exists; where midnight happens twice, at the first of the two.
 */
export function startOfZonedDay(date: string, timeZone: string, dayOffset = 0): string | undefined {
  if (!datePattern.test(date)) return undefined;
  const day = DateTime.fromISO(date, { zone: timeZone }).plus({ days: dayOffset }).startOf('day');
  if (!day.isValid) return undefined;
  const [first] = day.getPossibleOffsets().sort((one, other) => one.toMillis() - other.toMillis());
  return (first ?? day).toUTC().toISO() ?? undefined;
}
