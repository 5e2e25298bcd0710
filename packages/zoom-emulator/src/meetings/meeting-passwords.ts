import { createHash } from 'node:crypto';
import { createRandomString } from '../state/ids.ts';
import type { PasscodePolicy } from '../state/types.ts';
import { meetsPolicy } from './parse-meeting-input.ts';

const LETTERS_AND_DIGITS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const DIGITS = '0123456789';

/** A passcode Zoom would generate under `policy` (at least 6 characters, letters and digits). */
export function generatePasscode(policy: PasscodePolicy): string {
  const length = Math.max(6, policy.minLength);
  for (;;) {
    const candidate = createRandomString(length, policy.onlyNumeric ? DIGITS : LETTERS_AND_DIGITS);
    const mixed = policy.onlyNumeric || (/[a-zA-Z]/.test(candidate) && /\d/.test(candidate));
    if (mixed && meetsPolicy(candidate, policy)) return candidate;
  }
}

/** The `pwd` in join URLs: an opaque encoding of the passcode. */
export function encryptPasscode(passcode: string, meetingId: number): string {
  return createHash('sha256').update(`${meetingId}:${passcode}`).digest('base64url').slice(0, 32);
}

/** The numeric passcode for phone and H.323/SIP participants. */
export function numericPasscode(passcode: string, meetingId: number): string {
  if (/^\d+$/.test(passcode)) return passcode;
  const digest = createHash('sha256').update(`numeric:${meetingId}:${passcode}`).digest();
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0');
}
