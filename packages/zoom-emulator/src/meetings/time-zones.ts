const formatters = new Map<string, Intl.DateTimeFormat | null>();

function formatterFor(timeZone: string): Intl.DateTimeFormat | null {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    try {
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
    } catch {
      formatter = null;
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `timeZone` is an IANA zone (or `UTC`) this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  return timeZone.length > 0 && formatterFor(timeZone) !== null;
}

/** Offset of `timeZone` from UTC at `epochMs`, in milliseconds (east positive). */
function offsetAt(epochMs: number, timeZone: string): number {
  const parts = formatterFor(timeZone)!.formatToParts(new Date(epochMs));
  const value = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  const asUtc = Date.UTC(
    value('year'),
    value('month') - 1,
    value('day'),
    value('hour'),
    value('minute'),
    value('second'),
  );
  return asUtc - Math.floor(epochMs / 1000) * 1000;
}

const START_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * Reads a Zoom `start_time`: `…Z` (or an explicit offset) is an instant; without one it is wall-clock
 * time in `timeZone`. Returns epoch milliseconds rounded down to the second, or undefined if invalid.
 */
export function parseStartTime(text: string, timeZone: string): number | undefined {
  const match = START_TIME.exec(text);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, , zone] = match;
  const fields = [year, month, day, hour, minute, second].map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const wallClock = Date.UTC(fields[0], fields[1] - 1, fields[2], fields[3], fields[4], fields[5]);
  const check = new Date(wallClock);
  if (check.getUTCMonth() !== fields[1] - 1 || check.getUTCDate() !== fields[2] || fields[3] > 23)
    return undefined;
  if (zone === 'Z') return wallClock;
  if (zone) {
    const sign = zone.startsWith('-') ? -1 : 1;
    const offset = sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6))) * 60_000;
    return wallClock - offset;
  }
  if (!isKnownTimeZone(timeZone)) return undefined;
  const firstGuess = wallClock - offsetAt(wallClock, timeZone);
  return wallClock - offsetAt(firstGuess, timeZone);
}
