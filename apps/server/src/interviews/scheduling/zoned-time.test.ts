import { describe, expect, it } from 'vitest';
import { localDayBounds, parseStartTime, wallClockToInstant, zoneOffsetMs } from './zoned-time.ts';

describe('zoned time', () => {
  it('reads 09:00 Europe/Berlin on the Monday after the October change as 08:00 UTC', () => {
    expect(parseStartTime('2026-10-26T09:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
    // The Friday before, still summer time.
    expect(parseStartTime('2026-10-23T09:00:00', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-23T07:00:00.000Z',
    );
  });

  it('keeps instants with an offset as they are', () => {
    expect(parseStartTime('2026-10-26T09:00:00+01:00', 'Asia/Tokyo').toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
    expect(parseStartTime('2026-10-26T08:00:00Z', 'Asia/Tokyo').toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
  });

  it('takes the first of a repeated hour and the earlier offset in a skipped hour', () => {
    expect(
      wallClockToInstant(
        { year: 2026, month: 10, day: 25, hour: 2, minute: 30 },
        'Europe/Berlin',
      ).toISOString(),
    ).toBe('2026-10-25T00:30:00.000Z');
    expect(
      wallClockToInstant(
        { year: 2026, month: 3, day: 29, hour: 2, minute: 30 },
        'Europe/Berlin',
      ).toISOString(),
    ).toBe('2026-03-29T00:30:00.000Z');
  });

  it('gives the 25-hour day of an autumn change', () => {
    const day = localDayBounds(new Date('2026-10-25T12:00:00Z'), 'Europe/Berlin');
    expect(day.start.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(day.end.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(zoneOffsetMs(new Date('2026-10-26T08:00:00Z'), 'Asia/Tokyo')).toBe(9 * 3_600_000);
  });
});
