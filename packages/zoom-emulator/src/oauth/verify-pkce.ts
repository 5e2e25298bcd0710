import { createHash, timingSafeEqual } from 'node:crypto';

/** PKCE check: `plain` compares the verifier itself, `S256` its base64url SHA-256. */
export function verifyPkce(challenge: string, method: 'S256' | 'plain', verifier: string | null): boolean {
  if (!verifier) return false;
  const derived = method === 'S256' ? createHash('sha256').update(verifier).digest('base64url') : verifier;
  const derivedBytes = Buffer.from(derived);
  const challengeBytes = Buffer.from(challenge);
  return derivedBytes.length === challengeBytes.length && timingSafeEqual(derivedBytes, challengeBytes);
}
