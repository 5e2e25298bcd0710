import { describe, expect, it } from 'vitest';
import { isKnownTimeZone, parseStartTime } from './time-zones.ts';

const iso = (epochMs: number | undefined) =>
  epochMs === undefined ? undefined : new Date(epochMs).toISOString();

describe('isKnownTimeZone', () => {
  it('knows IANA zones and UTC, not offsets, made-up names or nothing', () => {
    expect(['Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC'].map(isKnownTimeZone)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['Mars/Olympus_Mons', ''].map(isKnownTimeZone)).toEqual([false, false]);
  });
});

describe('parseStartTime', () => {
  it('reads …Z and explicit offsets as instants, whatever the meeting’s zone', () => {
    expect(iso(parseStartTime('2026-05-01T09:30:00Z', 'Asia/Tokyo'))).toBe('2026-05-01T09:30:00.000Z');
    expect(iso(parseStartTime('2026-05-01T09:30:00+05:30', 'Mars/Olympus_Mons'))).toBe(
      '2026-05-01T04:00:00.000Z',
    );
    expect(iso(parseStartTime('2026-05-01T09:30:00-04:00', 'UTC'))).toBe('2026-05-01T13:30:00.000Z');
  });

  it('reads wall-clock time in the zone with the offset of that day (Europe/Berlin, 2026)', () => {
    expect(iso(parseStartTime('2026-03-28T09:00:00', 'Europe/Berlin'))).toBe('2026-03-28T08:00:00.000Z');
    expect(iso(parseStartTime('2026-03-29T09:00:00', 'Europe/Berlin'))).toBe('2026-03-29T07:00:00.000Z');
    expect(iso(parseStartTime('2026-10-24T09:00:00', 'Europe/Berlin'))).toBe('2026-10-24T07:00:00.000Z');
    expect(iso(parseStartTime('2026-10-25T09:00:00', 'Europe/Berlin'))).toBe('2026-10-25T08:00:00.000Z');
  });

  it('reads wall-clock time across America/New_York’s changes (2026-03-08 and 2026-11-01)', () => {
    expect(iso(parseStartTime('2026-03-07T10:00:00', 'America/New_York'))).toBe('2026-03-07T15:00:00.000Z');
    expect(iso(parseStartTime('2026-03-08T10:00:00', 'America/New_York'))).toBe('2026-03-08T14:00:00.000Z');
    expect(iso(parseStartTime('2026-11-01T10:00:00', 'America/New_York'))).toBe('2026-11-01T15:00:00.000Z');
  });

  it('moves a time the spring change skips an hour later', () => {
    // 02:30 does not exist in Berlin on 2026-03-29 (02:00 CET → 03:00 CEST): 03:30 CEST.
    expect(iso(parseStartTime('2026-03-29T02:30:00', 'Europe/Berlin'))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(parseStartTime('2026-03-08T02:30:00', 'America/New_York'))).toBe('2026-03-08T07:30:00.000Z');
  });

  it('reads a time the autumn change repeats as its first occurrence, east and west of UTC', () => {
    // 02:30 happens twice in Berlin on 2026-10-25: first at +02:00 (00:30Z), then at +01:00 (01:30Z).
    expect(iso(parseStartTime('2026-10-25T02:30:00', 'Europe/Berlin'))).toBe('2026-10-25T00:30:00.000Z');
    // 01:30 happens twice in New York on 2026-11-01: first at -04:00 (05:30Z), then at -05:00 (06:30Z).
    expect(iso(parseStartTime('2026-11-01T01:30:00', 'America/New_York'))).toBe('2026-11-01T05:30:00.000Z');
  });

  it('rounds a fraction down to the second', () => {
    expect(iso(parseStartTime('2026-05-01T09:30:00.999Z', 'UTC'))).toBe('2026-05-01T09:30:00.000Z');
    expect(iso(parseStartTime('2026-05-01T09:30:00.5', 'Europe/Berlin'))).toBe('2026-05-01T07:30:00.000Z');
  });

  it('refuses what is not a Zoom start_time, a day or hour that does not exist, or an unknown zone', () => {
    for (const text of ['', '2026-05-01', '2026-05-01 09:30:00', '2026-05-01T09:30Z', 'tomorrow']) {
      expect(parseStartTime(text, 'UTC')).toBeUndefined();
    }
    expect(parseStartTime('2026-02-30T09:00:00Z', 'UTC')).toBeUndefined();
    expect(parseStartTime('2026-05-01T24:00:00Z', 'UTC')).toBeUndefined();
    expect(parseStartTime('2026-05-01T09:00:00', 'Mars/Olympus_Mons')).toBeUndefined();
  });
});
