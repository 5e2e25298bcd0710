import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new random token (256 bits, base64url) for session cookies and invitation links. */
export function createToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The form a token is stored in: its SHA-256, hex. A leaked table reveals no usable token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** An HMAC of `message` keyed by `secret`, base64url; e.g. the CSRF token of a session. */
export function deriveToken(secret: string, message: string): string {
  return createHmac('sha256', secret).update(message).digest('base64url');
}

/** Compares two secrets in constant time (for equal lengths). */
export function secretsEqual(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
