import { describe, expect, it } from 'vitest';
import {
  describeTimeZone,
  filterTimeZones,
  loadPlaceNames,
  type PlaceNames,
  supportedTimeZones,
  timeZoneChoices,
} from './time-zones.ts';

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

describe('time zones by country and city in the user language', () => {
  const ids = (language: string, placeNames: PlaceNames, query: string) =>
    filterTimeZones(timeZoneChoices(language, placeNames), query).map((choice) => choice.id);

  it('finds zones by country in the user language and in English', async () => {
    const placeNames = await loadPlaceNames();
    expect(ids('en', placeNames, 'Japan')).toContain('Asia/Tokyo');
    expect(ids('en', placeNames, 'India')).toContain('Asia/Kolkata');
    expect(ids('de', placeNames, 'Deutschland')).toContain('Europe/Berlin');
    expect(ids('de', placeNames, 'Japan')).toContain('Asia/Tokyo');
    expect(ids('ja', placeNames, '日本')).toEqual(['Asia/Tokyo']);
    expect(ids('ja', placeNames, 'インド')).toContain('Asia/Kolkata');
  });

  it('finds zones by the city name in the user language', async () => {
    const placeNames = await loadPlaceNames();
    expect(ids('de', placeNames, 'Wien')).toEqual(['Europe/Vienna']);
    expect(ids('de', placeNames, 'Kiew')).toEqual(['Europe/Kyiv']);
    expect(ids('de', placeNames, 'Kyjiw')).toEqual(['Europe/Kyiv']);
    expect(ids('ja', placeNames, '東京')).toEqual(['Asia/Tokyo']);
    expect(ids('ja', placeNames, 'ニューヨーク')).toEqual(['America/New_York']);
  });

  it('finds a zone by a large city in it that is not its own, in any of the three languages', async () => {
    const placeNames = await loadPlaceNames();
    for (const language of ['en', 'de', 'ja']) {
      expect(ids(language, placeNames, 'München')).toEqual(['Europe/Berlin']);
      expect(ids(language, placeNames, 'munich')).toEqual(['Europe/Berlin']);
      expect(ids(language, placeNames, '大阪')).toEqual(['Asia/Tokyo']);
      expect(ids(language, placeNames, 'Genf')).toEqual(['Europe/Zurich']);
    }
  });

  it('knows a country for every zone this runtime lists except UTC', async () => {
    const placeNames = await loadPlaceNames();
    const withoutCountry = supportedTimeZones().filter(
      (zone) => !zone.startsWith('Etc/') && zone !== 'UTC' && placeNames(zone, 'en').length === 0,
    );
    expect(withoutCountry).toEqual([]);
  });

  it('names only zones that exist in the city table', async () => {
    const zones = new Set(supportedTimeZones());
    const { cityNamesByLanguage, otherCitiesByZone } = await import('./time-zone-city-names.ts');
    for (const table of [...Object.values(cityNamesByLanguage), otherCitiesByZone]) {
      expect(Object.keys(table).filter((zone) => !zones.has(zone))).toEqual([]);
    }
  });
});
