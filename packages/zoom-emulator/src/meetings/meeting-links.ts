import { createHmac, timingSafeEqual } from 'node:crypto';
import type { EmulatorContext } from '../emulator-context.ts';
import type { Meeting } from '../state/types.ts';

/** Zoom: a `start_url` (it carries the host's ZAK) expires after 2 hours. */
export const START_URL_TTL_MS = 2 * 3_600_000;

/** The participants' link: `{base}/j/{id}?pwd={encrypted passcode}`. */
export function joinUrl(context: EmulatorContext, meeting: Meeting): string {
  return `${context.baseUrl}/j/${meeting.id}?pwd=${meeting.encryptedPassword}`;
}

/** The host's link with a fresh ZAK (signed, so the emulator keeps no state for it). */
export function startUrl(context: EmulatorContext, meeting: Meeting): string {
  const issuedAt = Math.floor(context.clock.now() / 1000);
  return `${context.baseUrl}/s/${meeting.id}?zak=${issuedAt}.${zakSignature(context, meeting.id, issuedAt)}`;
}

/** Whether `zak` was issued for `meetingId` by this emulator less than 2 hours ago. */
export function isZakValid(context: EmulatorContext, meetingId: number, zak: string): boolean {
  const [issuedText, signature] = zak.split('.');
  const issuedAt = Number(issuedText);
  if (!Number.isInteger(issuedAt) || !signature) return false;
  const expected = Buffer.from(zakSignature(context, meetingId, issuedAt));
  const actual = Buffer.from(signature);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return false;
  return context.clock.now() - issuedAt * 1000 < START_URL_TTL_MS;
}

function zakSignature(context: EmulatorContext, meetingId: number, issuedAt: number): string {
  return createHmac('sha256', context.zakSecret).update(`${meetingId}:${issuedAt}`).digest('base64url');
}
