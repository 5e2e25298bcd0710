import { describe, expect, it } from 'vitest';
import { formatStart } from '../admin/render-incident-email.ts';
import { formatInterviewTime } from './format-interview-time.ts';

describe('an interview time in an e-mail', () => {
  it('writes Japanese with the clock as 14:00, never 14時00分', () => {
    const instant = '2026-12-03T05:00:00Z';
    expect(formatInterviewTime(instant, 'ja', 'Asia/Tokyo')).toBe('2026年12月3日(木) 14:00 JST');
    expect(formatStart(new Date(instant), 'ja', 'Asia/Tokyo')).toBe('2026年12月3日(木) 14:00 JST');
  });

  it('names the reader’s zone in German and English', () => {
    const instant = '2026-12-03T13:00:00Z';
    expect(formatInterviewTime(instant, 'de', 'Europe/Berlin')).toBe('Do., 3. Dez. 2026, 14:00 MEZ');
    expect(formatInterviewTime(instant, 'en', 'America/New_York').replace(/\s/g, ' ')).toBe(
      'Thu, Dec 3, 2026, 8:00 AM EST',
    );
  });
});
