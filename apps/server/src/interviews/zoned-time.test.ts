import { describe, expect, it } from 'vitest';
import { localDayBounds, parseStartTime, utcDayStart } from './zoned-time.ts';

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

  it('keeps instants with an offset as they are, whatever the zone', () => {
    expect(parseStartTime('2026-10-26T09:00:00+01:00', 'Asia/Tokyo').toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
    expect(parseStartTime('2026-10-26T08:00:00Z', 'Asia/Tokyo').toISOString()).toBe(
      '2026-10-26T08:00:00.000Z',
    );
  });

  it('takes the first of a repeated hour and an hour later in a skipped one', () => {
    expect(parseStartTime('2026-10-25T02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(parseStartTime('2026-03-29T02:30', 'Europe/Berlin').toISOString()).toBe(
      '2026-03-29T01:30:00.000Z',
    );
  });

  it('gives the 25-hour day of an autumn change and the UTC day', () => {
    const day = localDayBounds(new Date('2026-10-25T12:00:00Z'), 'Europe/Berlin');
    expect(day.start.toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(day.end.toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(utcDayStart(new Date('2026-10-26T23:59:59Z')).toISOString()).toBe('2026-10-26T00:00:00.000Z');
  });
});
