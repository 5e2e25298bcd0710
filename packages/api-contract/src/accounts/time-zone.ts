import { text } from '../text.ts';
import { currentTimeZoneName } from './time-zone-names.ts';

/**
 * The canonical IANA name of `zone` (`europe/berlin` → `Europe/Berlin`, `Asia/Calcutta` → `Asia/Kolkata`),
 * or `undefined` when the runtime does not know it. Offsets such as `+01:00` are not zones and are refused.
 */
export function canonicalTimeZone(zone: string): string | undefined {
  if (!/^[A-Za-z]/.test(zone)) return undefined;
  try {
    return currentTimeZoneName(
      new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone,
    );
  } catch {
    return undefined;
  }
}

/** An IANA time zone, normalised to its canonical spelling. */
export const timeZoneSchema = text()
  .max(64)
  .refine((zone) => canonicalTimeZone(zone) !== undefined, { error: 'validation.timeZone' })
  .transform((zone) => canonicalTimeZone(zone) ?? zone)
  .meta({ description: 'IANA time zone, e.g. Europe/Berlin', example: 'Europe/Berlin' });
