/**
 * Wall-clock arithmetic in IANA zones with the runtime's time-zone data (Intl), so that an interview at
 * 09:00 Europe/Berlin is 08:00 UTC after the October change and 07:00 UTC before it.
 */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(zone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, formatter);
  }
  return formatter;
}

/** The wall-clock fields of `instant` in `zone`. */
function wallClockOf(instant: Date, zone: string) {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(zone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** How far `zone` is ahead of UTC at `instant`, in milliseconds. */
export function zoneOffsetMs(instant: Date, zone: string): number {
  const wall = wallClockOf(instant, zone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant a wall-clock time in `zone` names. In the hour a spring change skips, the time is read
 * with the offset before the change (as calendars do); in the hour an autumn change repeats, the first.
 */
export function wallClockToInstant(
  wall: { year: number; month: number; day: number; hour: number; minute: number; second?: number },
  zone: string,
): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second ?? 0);
  const before = zoneOffsetMs(new Date(asUtc - 12 * 3_600_000), zone);
  const firstGuess = new Date(asUtc - before);
  const offset = zoneOffsetMs(firstGuess, zone);
  return offset === before ? firstGuess : new Date(asUtc - offset);
}

const localDateTime = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/;

/**
 * Reads a start time as the API accepts it: an ISO instant with `Z` or an offset, or a wall-clock time
 * without one, which is then read in `zone`.
 */
export function parseStartTime(value: string, zone: string): Date {
  const local = localDateTime.exec(value);
  if (!local) return new Date(value);
  const [year, month, day, hour, minute, second] = local.slice(1).map((part) => Number(part ?? 0));
  return wallClockToInstant(
    { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! },
    zone,
  );
}

/** The start and end (exclusive) of the calendar day `instant` falls on in `zone`. */
export function localDayBounds(instant: Date, zone: string): { start: Date; end: Date } {
  const wall = wallClockOf(instant, zone);
  const start = wallClockToInstant(
    { year: wall.year, month: wall.month, day: wall.day, hour: 0, minute: 0 },
    zone,
  );
  const next = new Date(Date.UTC(wall.year, wall.month - 1, wall.day + 1));
  const end = wallClockToInstant(
    {
      year: next.getUTCFullYear(),
      month: next.getUTCMonth() + 1,
      day: next.getUTCDate(),
      hour: 0,
      minute: 0,
    },
    zone,
  );
  return { start, end };
}

/** The start of the UTC day of `instant`: Zoom's daily limits reset at 00:00 UTC. */
export function utcDayStart(instant: Date): Date {
  return new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate()));
}
