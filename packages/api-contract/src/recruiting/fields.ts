import { z } from 'zod';
import { text } from '../text.ts';

/*
 * Field schemas the recruiting contract shares. The accounts contract has the same e-mail and time zone
 * rules; the server checks time zones again against the runtime's zone database.
 */

/** An instant as the API writes it: ISO 8601 in UTC. */
export const instantSchema = z.iso.datetime().meta({ description: 'ISO 8601 instant (UTC)' });

/** A single-line text a person types: trimmed, bounded. */
export const lineSchema = (max: number) => text().trim().max(max);

/** A required single-line text. */
export const requiredLineSchema = (max: number) =>
  text().trim().min(1, { error: 'validation.required' }).max(max);

/** An e-mail address, compared and stored trimmed and lower-case. */
export const candidateEmailSchema = text()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform((email) => email.toLowerCase())
  .meta({ example: 'taro.yamada@example.jp' });

/** An IANA time zone such as `Asia/Tokyo`. */
export const ianaTimeZoneSchema = text()
  .max(64)
  .refine((zone) => /^[A-Za-z]/.test(zone) && isKnownTimeZone(zone), { error: 'validation.timeZone' })
  .transform((zone) => new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone)
  .meta({ description: 'IANA time zone, e.g. Asia/Tokyo', example: 'Asia/Tokyo' });

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `?cursor=…&limit=…` of a paged list: the cursor is the `nextCursor` of the previous page. */
export const pageQuerySchema = z.object({
  cursor: z.guid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** The version a client read, sent back with a change (or as `If-Match`) so edits cannot cross. */
export const versionSchema = z.number().int().min(1).meta({
  description: 'The version the change is based on; a stale one answers 409 EDIT_CONFLICT',
});
