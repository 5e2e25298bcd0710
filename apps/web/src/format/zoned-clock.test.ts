import { describe, expect, it } from 'vitest';
import { dateAndTimeAt, instantOfDateAndTime, offsetMinutesAt } from './zoned-clock.ts';

const iso = (instant: number | null) => (instant === null ? null : new Date(instant).toISOString());

describe('wall clocks in named zones', () => {
  it('reads 09:00 in Berlin on the Monday after the October change as 08:00 UTC', () => {
    expect(iso(instantOfDateAndTime('2026-10-26', '09:00', 'Europe/Berlin'))).toBe(
      '2026-10-26T08:00:00.000Z',
    );
    expect(iso(instantOfDateAndTime('2026-10-23', '09:00', 'Europe/Berlin'))).toBe(
      '2026-10-23T07:00:00.000Z',
    );
  });

  it('reads a time shown twice in autumn as the first, and a skipped spring time an hour later', () => {
    expect(iso(instantOfDateAndTime('2026-10-25', '02:30', 'Europe/Berlin'))).toBe(
      '2026-10-25T00:30:00.000Z',
    );
    expect(iso(instantOfDateAndTime('2026-03-29', '02:30', 'Europe/Berlin'))).toBe(
      '2026-03-29T01:30:00.000Z',
    );
    expect(dateAndTimeAt(Date.parse('2026-03-29T01:30:00Z'), 'Europe/Berlin')).toEqual({
      date: '2026-03-29',
      time: '03:30',
    });
  });

  it('gives the date and time an instant shows, across the date line', () => {
    expect(dateAndTimeAt(Date.parse('2026-12-01T16:30:00Z'), 'Asia/Tokyo')).toEqual({
      date: '2026-12-02',
      time: '01:30',
    });
    expect(offsetMinutesAt(Date.parse('2026-07-01T00:00:00Z'), 'America/New_York')).toBe(-240);
  });

  it('answers null for text that is not a date and time, or a zone the browser does not know', () => {
    expect(instantOfDateAndTime('2026-13-01', '09:00', 'Europe/Berlin')).toBeNull();
    expect(instantOfDateAndTime('2026-10-26', '9am', 'Europe/Berlin')).toBeNull();
    expect(instantOfDateAndTime('2026-10-26', '09:00', 'Mars/Olympus')).toBeNull();
  });
});
