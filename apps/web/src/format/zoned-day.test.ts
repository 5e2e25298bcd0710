import { describe, expect, it } from 'vitest';
import { startOfZonedDay } from './zoned-day.ts';

describe('startOfZonedDay', () => {
  it('finds local midnight in the person’s zone', () => {
    expect(startOfZonedDay('2026-01-15', 'Asia/Tokyo')).toBe('2026-01-14T15:00:00.000Z');
    expect(startOfZonedDay('2026-01-15', 'UTC')).toBe('2026-01-15T00:00:00.000Z');
    expect(startOfZonedDay('2026-07-01', 'America/New_York')).toBe('2026-07-01T04:00:00.000Z');
  });

  it('uses the offset of the day itself across a DST change', () => {
    // Berlin moves from +01:00 to +02:00 on 2026-03-29 at 02:00 local time.
    expect(startOfZonedDay('2026-03-29', 'Europe/Berlin')).toBe('2026-03-28T23:00:00.000Z');
    expect(startOfZonedDay('2026-03-30', 'Europe/Berlin')).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfZonedDay('2026-10-25', 'Europe/Berlin')).toBe('2026-10-24T22:00:00.000Z');
    expect(startOfZonedDay('2026-10-26', 'Europe/Berlin')).toBe('2026-10-25T23:00:00.000Z');
  });

  it('follows America/New_York’s changes, which happen at 02:00 local time', () => {
    // EST (-05:00) until 2026-03-08, EDT (-04:00) until 2026-11-01, then EST again.
    expect(startOfZonedDay('2026-03-08', 'America/New_York')).toBe('2026-03-08T05:00:00.000Z');
    expect(startOfZonedDay('2026-03-09', 'America/New_York')).toBe('2026-03-09T04:00:00.000Z');
    expect(startOfZonedDay('2026-11-01', 'America/New_York')).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfZonedDay('2026-11-02', 'America/New_York')).toBe('2026-11-02T05:00:00.000Z');
    expect(startOfZonedDay('2026-11-01', 'America/New_York', 1)).toBe('2026-11-02T05:00:00.000Z');
  });

  it('begins a day whose midnight the zone skips at the first time that exists', () => {
    // Santiago moves from -04:00 to -03:00 at 00:00 on 2026-09-06: that day begins at 01:00 local time.
    expect(startOfZonedDay('2026-09-06', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
    expect(startOfZonedDay('2026-09-05', 'America/Santiago', 1)).toBe('2026-09-06T04:00:00.000Z');
  });

  it('begins a day whose midnight happens twice at the first one', () => {
    // Havana goes back from 01:00 (-04:00) to 00:00 (-05:00) on 2026-11-01.
    expect(startOfZonedDay('2026-11-01', 'America/Havana')).toBe('2026-11-01T04:00:00.000Z');
  });

  it('gives the exclusive end of a day with dayOffset 1, also at month ends', () => {
    expect(startOfZonedDay('2026-03-29', 'Europe/Berlin', 1)).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfZonedDay('2026-12-31', 'Asia/Tokyo', 1)).toBe('2026-12-31T15:00:00.000Z');
  });

  it('rejects text that is not a date, a day that does not exist and an unknown zone', () => {
    expect(startOfZonedDay('', 'UTC')).toBeUndefined();
    expect(startOfZonedDay('15.01.2026', 'UTC')).toBeUndefined();
    expect(startOfZonedDay('2026-02-30', 'UTC')).toBeUndefined();
    expect(startOfZonedDay('2026-01-15', 'Mars/Olympus_Mons')).toBeUndefined();
  });
});
