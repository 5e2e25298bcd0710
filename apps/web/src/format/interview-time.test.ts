import { describe, expect, it } from 'vitest';
import {
  addDays,
  formatClockRange,
  formatFullTimeRange,
  formatTimeRange,
  formatWeekdayTime,
  mondayOf,
  zonedDate,
} from './interview-time.ts';

/** Intl puts narrow and thin spaces around times; a person reads them as spaces. */
const plain = (text: string) => text.replace(/\s/g, ' ');

describe('interview times', () => {
  it('reads 09:00 Berlin on the Monday after the October change as 08:00 UTC, in each zone', () => {
    const start = '2026-10-26T08:00:00.000Z';
    const end = '2026-10-26T09:00:00.000Z';
    expect(formatClockRange(start, end, 'de', 'Europe/Berlin')).toBe('09:00–10:00 Uhr');
    expect(formatClockRange(start, end, 'de', 'Asia/Tokyo')).toBe('17:00–18:00 Uhr');
    expect(plain(formatTimeRange(start, end, 'en', 'Europe/Berlin'))).toBe(
      'Mon, Oct 26, 2026, 9:00 – 10:00 AM',
    );
    expect(formatTimeRange(start, end, 'ja', 'Asia/Tokyo')).toBe('2026年10月26日(月) 17:00～18:00');
  });

  it('writes a Japanese range with the clock Japanese screens use, not 時 and 分', () => {
    const start = '2026-12-03T05:00:00Z';
    const end = '2026-12-03T06:30:00Z';
    expect(formatClockRange(start, end, 'ja', 'Asia/Tokyo')).toBe('14:00～15:30');
    expect(formatClockRange(start, end, 'ja-JP', 'Asia/Tokyo')).toBe('14:00～15:30');
    expect(formatTimeRange(start, end, 'ja', 'Asia/Tokyo')).toBe('2026年12月3日(木) 14:00～15:30');
    // Over midnight in the zone both days are named.
    expect(formatTimeRange('2026-12-03T14:30:00Z', '2026-12-03T15:30:00Z', 'ja', 'Asia/Tokyo')).toBe(
      '2026年12月3日(木) 23:30～2026年12月4日(金) 0:30',
    );
    // English and German keep Intl's own range.
    expect(plain(formatClockRange(start, end, 'en', 'Asia/Tokyo'))).toBe('2:00 – 3:30 PM');
  });

  it('spells out the day of a confirmed range, Japanese without a comma before the clock', () => {
    const start = '2026-12-01T05:00:00Z';
    const end = '2026-12-01T06:00:00Z';
    expect(formatFullTimeRange(start, end, 'ja', 'Asia/Tokyo')).toBe('2026年12月1日(火) 14:00～15:00');
    expect(plain(formatFullTimeRange(start, end, 'en', 'Europe/London'))).toBe(
      'Tuesday, December 1, 2026, 5:00 – 6:00 AM',
    );
    expect(formatFullTimeRange(start, end, 'de', 'Europe/Berlin')).toBe(
      'Dienstag, 1. Dezember 2026, 06:00–07:00 Uhr',
    );
  });

  it('labels a chip with the weekday and time in the viewer’s zone and language', () => {
    expect(formatWeekdayTime('2026-12-08T13:00:00Z', 'en-GB', 'Europe/Berlin')).toBe('Tue 14:00');
    expect(formatWeekdayTime('2026-12-08T13:00:00Z', 'ja', 'Asia/Tokyo')).toBe('22:00 (火)');
  });

  it('groups by the day in the viewer’s zone, not UTC', () => {
    expect(zonedDate('2026-12-08T23:30:00Z', 'UTC')).toBe('2026-12-08');
    expect(zonedDate('2026-12-08T23:30:00Z', 'Asia/Tokyo')).toBe('2026-12-09');
    expect(zonedDate('2026-12-08T23:30:00Z', 'America/New_York')).toBe('2026-12-08');
  });

  it('finds the Monday of a week and walks days across month and year ends', () => {
    expect(mondayOf('2026-12-08')).toBe('2026-12-07');
    expect(mondayOf('2026-12-07')).toBe('2026-12-07');
    expect(mondayOf('2027-01-03')).toBe('2026-12-28');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });
});
