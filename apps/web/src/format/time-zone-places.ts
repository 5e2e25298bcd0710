import { cityNamesByLanguage, otherCitiesByZone } from './time-zone-city-names.ts';
import { countryByTimeZone } from './time-zone-countries.ts';

/**
 * The place words a zone is searched by beyond its id: its country in the user's language and in English
 * (a German user may type "Japan" as well as "Deutschland"), its city's name in the user's language, and
 * the large cities in its zone ("München", "大阪").
 * Its own module so the zone picker loads the tables lazily and no other page pays for them.
 */
export function placeNamesOf(timeZone: string, language: string): string[] {
  const baseLanguage = language.split('-')[0] ?? language;
  const names = [
    ...(cityNamesByLanguage[baseLanguage]?.[timeZone] ?? []),
    ...(otherCitiesByZone[timeZone] ?? []),
  ];
  const country = countryByTimeZone.get(timeZone);
  if (country) {
    names.push(countryName(country, language), countryName(country, 'en'));
  }
  return names;
}

const displayNamesByLanguage = new Map<string, Intl.DisplayNames>();

function countryName(country: string, language: string): string {
  let displayNames = displayNamesByLanguage.get(language);
  if (!displayNames) {
    displayNames = new Intl.DisplayNames(language, { type: 'region', fallback: 'code' });
    displayNamesByLanguage.set(language, displayNames);
  }
  return displayNames.of(country) ?? country;
}
