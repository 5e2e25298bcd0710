import { describe, expect, it } from 'vitest';
import { describeTimeZone, filterTimeZones, supportedTimeZones, timeZoneChoices } from './time-zones.ts';

describe('time zones', () => {
  it('lists IANA zones including UTC', () => {
    const zones = supportedTimeZones();
    expect(zones).toContain('Europe/Berlin');
    expect(zones).toContain('Asia/Tokyo');
    expect(zones).toContain('UTC');
  });

  it('describes a zone by id, name in the chosen language and offset', () => {
    const winter = new Date('2026-01-15T12:00:00Z');
    expect(describeTimeZone('Asia/Tokyo', 'en', winter).label).toBe(
      'Asia/Tokyo — Japan Standard Time (GMT+9)',
    );
    expect(describeTimeZone('America/New_York', 'de', winter).label).toMatch(
      /^America\/New York — .+ \(GMT-5\)$/,
    );
  });

  it('finds zones by city with spaces, by name and by offset', () => {
    const choices = timeZoneChoices('en');
    expect(filterTimeZones(choices, 'new york').map((choice) => choice.id)).toContain('America/New_York');
    expect(filterTimeZones(choices, 'japan').map((choice) => choice.id)).toContain('Asia/Tokyo');
    expect(filterTimeZones(choices, '')).toHaveLength(choices.length);
  });

  it('lists zones under their current names and finds them by the current and the former name', () => {
    const choices = timeZoneChoices('en');
    const ids = choices.map((choice) => choice.id);
    for (const [current, former] of [
      ['Asia/Kolkata', 'Calcutta'],
      ['Europe/Kyiv', 'Kiev'],
      ['Asia/Ho_Chi_Minh', 'Saigon'],
      ['Asia/Yangon', 'Rangoon'],
      ['Asia/Kathmandu', 'Katmandu'],
      ['America/Nuuk', 'Godthab'],
    ] as const) {
      expect(ids).toContain(current);
      const city = current.split('/').at(-1)!.replaceAll('_', ' ');
      expect(filterTimeZones(choices, city).map((choice) => choice.id)).toContain(current);
      expect(filterTimeZones(choices, former).map((choice) => choice.id)).toContain(current);
    }
    expect(ids).not.toContain('Asia/Calcutta');
    expect(filterTimeZones(choices, 'utc+5:30').map((choice) => choice.id)).toContain('Asia/Kolkata');
  });

  it('keeps a zone this runtime does not know readable', () => {
    expect(describeTimeZone('Mars/Olympus_Mons', 'en').label).toBe('Mars/Olympus Mons');
  });
});
