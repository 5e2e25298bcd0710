import { currentTimeZoneName, formerTimeZoneNames } from '@parley/api-contract';

/** One IANA time zone as a person picks it: the id, a readable name in their language and the offset. */
export interface TimeZoneChoice {
  id: string;
  label: string;
  /** Lower-case text a search matches against: id with spaces, readable name, offset, country and city. */
  searchText: string;
}

/**
 * Every IANA zone this browser knows under its current name (browsers still list `Asia/Calcutta`, not
 * `Asia/Kolkata`), plus `UTC`, which `Intl` lists only under `Etc/` names.
 */
export function supportedTimeZones(): string[] {
  const zones = new Set(Intl.supportedValuesOf('timeZone').map(currentTimeZoneName));
  zones.add('UTC');
  return [...zones].sort();
}

function zoneNamePart(timeZone: string, language: string, style: 'long' | 'shortOffset', at: Date): string {
  const parts = new Intl.DateTimeFormat(language, { timeZone, timeZoneName: style }).formatToParts(at);
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

/** A zone's country and city names in a language (see time-zone-places.ts, loaded lazily). */
export type PlaceNames = (timeZone: string, language: string) => string[];

/** Loads the country and city tables; only the zone picker needs them, so they stay out of every page. */
export async function loadPlaceNames(): Promise<PlaceNames> {
  return (await import('./time-zone-places.ts')).placeNamesOf;
}

/**
 * Builds the label "Asia/Tokyo — 日本標準時 (GMT+9)", leaving out a long name that is only an offset.
 * With `placeNames` the zone is also found by its country and its city's name in the language.
 */
export function describeTimeZone(
  timeZone: string,
  language: string,
  at = new Date(),
  placeNames?: PlaceNames,
): TimeZoneChoice {
  const readableId = timeZone.replaceAll('_', ' ');
  let longName = '';
  let offset = '';
  try {
    longName = zoneNamePart(timeZone, language, 'long', at);
    offset = zoneNamePart(timeZone, language, 'shortOffset', at);
  } catch {
    // an id this browser does not know (kept because it is the user's saved value): show the id alone
  }
  const namePart = longName && !longName.startsWith('GMT') && longName !== offset ? ` — ${longName}` : '';
  const offsetPart = offset ? ` (${offset})` : '';
  const label = `${readableId}${namePart}${offsetPart}`;
  // Found by its former names too, and by "UTC+9" as well as "GMT+9".
  const searchable = [
    timeZone,
    ...formerTimeZoneNames(timeZone),
    label,
    offset.replace('GMT', 'UTC'),
    ...(placeNames?.(timeZone, language) ?? []),
  ];
  return { id: timeZone, label, searchText: searchable.join(' ').toLowerCase().replaceAll('_', ' ') };
}

const choicesByLanguage = new Map<string, TimeZoneChoice[]>();

/**
 * All zones described in one language; computed once per language (a few hundred formatters), and once
 * more when the place names have loaded.
 */
export function timeZoneChoices(language: string, placeNames?: PlaceNames): TimeZoneChoice[] {
  const cacheKey = `${language} ${placeNames ? 'places' : 'plain'}`;
  let choices = choicesByLanguage.get(cacheKey);
  if (!choices) {
    choices = supportedTimeZones().map((zone) => describeTimeZone(zone, language, new Date(), placeNames));
    choicesByLanguage.set(cacheKey, choices);
  }
  return choices;
}

/**
 * Zones whose id, name, offset, country or city contains every word of the query ("new york", "tokyo",
 * "gmt+9", "japan", "wien").
 */
export function filterTimeZones(choices: readonly TimeZoneChoice[], query: string): TimeZoneChoice[] {
  const words = query.toLowerCase().replaceAll('_', ' ').split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...choices];
  return choices.filter((choice) => words.every((word) => choice.searchText.includes(word)));
}
