/*
 * Zone names IANA has renamed since, and the names people use today. Browsers and Node (ICU, CLDR) still
 * resolve `Asia/Kolkata` to `Asia/Calcutta` and list only the old names, so a search for "Kolkata" or
 * "Kyiv" found nothing. Plain values, no zod: the web app imports them too.
 */

/** Old IANA name → current one (both name the same zone). */
export const renamedTimeZones: Readonly<Record<string, string>> = {
  'Africa/Asmera': 'Africa/Asmara',
  'America/Coral_Harbour': 'America/Atikokan',
  'America/Buenos_Aires': 'America/Argentina/Buenos_Aires',
  'America/Catamarca': 'America/Argentina/Catamarca',
  'America/Cordoba': 'America/Argentina/Cordoba',
  'America/Jujuy': 'America/Argentina/Jujuy',
  'America/Mendoza': 'America/Argentina/Mendoza',
  'America/Godthab': 'America/Nuuk',
  'America/Indianapolis': 'America/Indiana/Indianapolis',
  'America/Louisville': 'America/Kentucky/Louisville',
  'Asia/Calcutta': 'Asia/Kolkata',
  'Asia/Dacca': 'Asia/Dhaka',
  'Asia/Katmandu': 'Asia/Kathmandu',
  'Asia/Rangoon': 'Asia/Yangon',
  'Asia/Saigon': 'Asia/Ho_Chi_Minh',
  'Asia/Thimbu': 'Asia/Thimphu',
  'Asia/Ujung_Pandang': 'Asia/Makassar',
  'Asia/Ulan_Bator': 'Asia/Ulaanbaatar',
  'Atlantic/Faeroe': 'Atlantic/Faroe',
  'Europe/Kiev': 'Europe/Kyiv',
  'Pacific/Enderbury': 'Pacific/Kanton',
  'Pacific/Ponape': 'Pacific/Pohnpei',
  'Pacific/Truk': 'Pacific/Chuuk',
};

/** The name IANA uses today for `zone` (`Asia/Calcutta` → `Asia/Kolkata`); other names unchanged. */
export function currentTimeZoneName(zone: string): string {
  return renamedTimeZones[zone] ?? zone;
}

/** The older names of a zone (`Asia/Kolkata` → `['Asia/Calcutta']`), so a search for either finds it. */
export function formerTimeZoneNames(zone: string): string[] {
  return Object.keys(renamedTimeZones).filter((former) => renamedTimeZones[former] === zone);
}
