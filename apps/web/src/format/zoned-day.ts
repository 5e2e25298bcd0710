/** How far `timeZone` is ahead of UTC at `instant`, in milliseconds (whole seconds). */
function zoneOffset(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    Number(parts.find((entry) => entry.type === type)?.value);
  const wallClockAsUtc = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wallClockAsUtc - Math.floor(instant / 1000) * 1000;
}

const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * The instant a calendar day (`YYYY-MM-DD`, as `<input type="date">` gives it) begins in `timeZone`, e.g.
 * 2026-03-29 in Europe/Berlin → 2026-03-28T23:00:00.000Z. `dayOffset` moves to a later day first, so that
 * `dayOffset: 1` gives the exclusive end of the day. Undefined for text that is not such a date.
 */
export function startOfZonedDay(date: string, timeZone: string, dayOffset = 0): string | undefined {
  const match = datePattern.exec(date);
  if (!match) return undefined;
  const midnightAsUtc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + dayOffset);
  if (Number.isNaN(midnightAsUtc)) return undefined;
  // The offset at midnight may differ from the one at the first guess when the day changes DST; a second
  // pass uses the offset at the corrected instant.
  const firstGuess = midnightAsUtc - zoneOffset(midnightAsUtc, timeZone);
  return new Date(midnightAsUtc - zoneOffset(firstGuess, timeZone)).toISOString();
}
