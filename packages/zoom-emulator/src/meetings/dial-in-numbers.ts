/*
 * The phone numbers Zoom lists for a meeting (`settings.global_dial_in_numbers`) when its audio includes
 * the telephone. Zoom lists the numbers of the account's dial-in countries — by default its home country,
 * which the emulator takes from the account's time zone — or of the meeting's `global_dial_in_countries`.
 * The numbers are Zoom's published ones for those cities, in Zoom's format.
 */

/** One entry of `settings.global_dial_in_numbers`. */
export interface DialInNumber {
  country: string;
  country_name: string;
  city: string;
  number: string;
  type: 'toll' | 'tollfree';
}

const numbersByCountry: Record<string, readonly DialInNumber[]> = {
  US: [
    { country: 'US', country_name: 'US', city: 'New York', number: '+1 646 558 8656', type: 'toll' },
    { country: 'US', country_name: 'US', city: 'San Jose', number: '+1 669 900 6833', type: 'toll' },
  ],
  DE: [
    { country: 'DE', country_name: 'Germany', city: 'Frankfurt', number: '+49 69 3807 9883', type: 'toll' },
    { country: 'DE', country_name: 'Germany', city: 'Berlin', number: '+49 30 5679 5800', type: 'toll' },
  ],
  JP: [{ country: 'JP', country_name: 'Japan', city: 'Tokyo', number: '+81 3 4578 1488', type: 'toll' }],
  GB: [
    {
      country: 'GB',
      country_name: 'United Kingdom',
      city: 'London',
      number: '+44 203 481 5240',
      type: 'toll',
    },
  ],
};

/** The account's home country as Zoom would have it, from its time zone (US when unknown). */
export function homeCountryOf(timeZone: string): string {
  if (timeZone === 'Asia/Tokyo') return 'JP';
  if (timeZone === 'Europe/London') return 'GB';
  if (['Europe/Berlin', 'Europe/Vienna', 'Europe/Zurich'].includes(timeZone)) return 'DE';
  return 'US';
}

/**
 * The numbers for a meeting, or none when it is computer audio only (`audio: 'voip'`) or a third party's.
 * `countries` is the meeting's `global_dial_in_countries`, else the account's home country.
 */
export function dialInNumbersFor(
  audio: unknown,
  countries: unknown,
  accountTimeZone: string,
): DialInNumber[] {
  if (audio !== 'both' && audio !== 'telephony') return [];
  const chosen =
    Array.isArray(countries) && countries.length > 0 ? countries : [homeCountryOf(accountTimeZone)];
  return chosen.flatMap((country) => numbersByCountry[String(country)] ?? []);
}
