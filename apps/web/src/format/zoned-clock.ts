/**
 * Wall clocks in named time zones with the browser's own `Intl` (no date library): the schedule page reads
 * "10:00 on 2026-10-26 in Europe/Berlin" as an instant and back, and the week calendar runs in the
 * recruiter's zone on the same arithmetic. Luxon would add 22 kB of gzip to a page that needs only this.
 */

/** `[year, month (0-11), day, hour, minute, second, millisecond]`, the order `Date.UTC` takes. */
export type ClockArray = [number, number, number, number, number, number, number];

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall clock an instant shows in `timeZone`. Throws a RangeError for a zone the browser does not know. */
export function clockAt(epochMilliseconds: number, timeZone: string): ClockArray {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(epochMilliseconds))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const milliseconds = ((epochMilliseconds % 1000) + 1000) % 1000;
  return [
    parts.year ?? 0,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
    milliseconds,
  ];
}

/** How far `timeZone` is ahead of UTC at an instant, in minutes (Berlin in summer: 120). */
export function offsetMinutesAt(epochMilliseconds: number, timeZone: string): number {
  return Math.round((Date.UTC(...clockAt(epochMilliseconds, timeZone)) - epochMilliseconds) / 60_000);
}

const day = 86_400_000;

/**
 * The instant a wall clock in `timeZone` names, read as the server reads it: a time shown twice (autumn)
 * is the first of the two, a time a spring change skips is read an hour later (with the offset before).
 */
export function instantOfClock(clock: ClockArray, timeZone: string): number {
  const asUtc = Date.UTC(...clock);
  const offsetBefore = offsetMinutesAt(asUtc - day, timeZone);
  const offsetAfter = offsetMinutesAt(asUtc + day, timeZone);
  const candidates = [offsetBefore, offsetAfter]
    .map((offset) => asUtc - offset * 60_000)
    .filter((instant) => Date.UTC(...clockAt(instant, timeZone)) === asUtc)
    .sort((one, other) => one - other);
  return candidates[0] ?? asUtc - offsetBefore * 60_000;
}

const pad = (value: number, length = 2) => String(value).padStart(length, '0');

/** The `YYYY-MM-DD` and `HH:mm` an instant shows in `timeZone` (what date and time inputs take). */
export function dateAndTimeAt(epochMilliseconds: number, timeZone: string): { date: string; time: string } {
  const [year, month, dayOfMonth, hour, minute] = clockAt(epochMilliseconds, timeZone);
  return {
    date: `${pad(year, 4)}-${pad(month + 1)}-${pad(dayOfMonth)}`,
    time: `${pad(hour)}:${pad(minute)}`,
  };
}

/** The instant of a `YYYY-MM-DD` date and `HH:mm` time in `timeZone`; null for text that is neither. */
export function instantOfDateAndTime(date: string, time: string, timeZone: string): number | null {
  const dateMatch = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const timeMatch = /^(\d{2}):(\d{2})$/.exec(time);
  if (!dateMatch || !timeMatch) return null;
  const [year, month, dayOfMonth] = dateMatch.slice(1).map(Number) as [number, number, number];
  const [hour, minute] = timeMatch.slice(1).map(Number) as [number, number];
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31 || hour > 23 || minute > 59) return null;
  try {
    return instantOfClock([year, month - 1, dayOfMonth, hour, minute, 0, 0], timeZone);
  } catch {
    return null;
  }
}
