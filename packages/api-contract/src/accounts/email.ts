import { z } from 'zod';
import { text } from '../text.ts';

/** Emails are compared and stored trimmed and lower-case. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** An email address in requests; normalised. */
export const emailSchema = text()
  .trim()
  .max(254)
  .pipe(z.email())
  .transform(normalizeEmail)
  .meta({ example: 'ada@example.com' });
