import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A Zoom-style opaque id: 22 characters of base64url, like `zJKyaiAyTNC-MWjiWC18KQ`. */
export function createZoomId(): string {
  return randomBytes(16).toString('base64url');
}

/** The same shape as {@link createZoomId}, derived from `key` so that seeded ids are stable across runs. */
export function stableZoomId(key: string): string {
  return createHash('sha256').update(key).digest('base64url').slice(0, 22);
}

/** A stable number with `digits` digits derived from `key` (PMIs, account numbers). */
export function stableNumber(key: string, digits: number): number {
  const hash = createHash('sha256').update(key).digest();
  const low = 10 ** (digits - 1);
  return low + (hash.readUIntBE(0, 6) % (9 * low));
}

/** Meeting numbers are 11-digit int64 values (beyond 32 bits, so clients must not truncate them). */
export function createMeetingNumber(): number {
  return 80_000_000_000 + randomInt(19_999_999_999);
}

/**
 * Meeting UUIDs are standard base64 with padding, and may contain `/` and `+` — which is why Zoom
 * asks for double URL-encoding when a UUID is used in a path.
 */
export function createMeetingUuid(): string {
  return randomBytes(16).toString('base64');
}

/** An opaque random token of `bytes` random bytes in base64url. */
export function createOpaqueToken(bytes = 24): string {
  return randomBytes(bytes).toString('base64url');
}

/** A string of `length` characters drawn from `alphabet`. */
export function createRandomString(length: number, alphabet: string): string {
  let text = '';
  for (let index = 0; index < length; index++) text += alphabet[randomInt(alphabet.length)];
  return text;
}

const jwtHeader = Buffer.from(JSON.stringify({ alg: 'HS512', v: '2.0', kid: 'emulator' })).toString(
  'base64url',
);

/**
 * Zoom's tokens look like JWTs (`eyJ…`) but are opaque to clients; the emulator keeps that look and
 * puts only non-secret, random material inside.
 */
export function createJwtLikeToken(kind: 'access' | 'refresh', expiresAtSeconds: number): string {
  const claims = { ver: 10, typ: kind, jti: createZoomId(), exp: expiresAtSeconds };
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${jwtHeader}.${body}.${randomBytes(32).toString('base64url')}`;
}
