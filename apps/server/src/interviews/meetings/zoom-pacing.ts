import type { ZoomMeetingOperation } from '../../db/interview-schema.ts';

/**
 * Zoom's per-second limits of its lowest paid plan (Pro), per account and rate-limit label: Parley spaces
 * its meeting calls to stay under them, so a burst of interviews is never answered 429 and nobody sees a
 * "Zoom busy" failure. The limits are shared by every app on the account; a 429 that happens anyway is
 * honoured by the client (it waits for `Retry-After`) and holds the account's later calls too.
 */
const perSecond = { Medium: 20, Light: 30 } as const;
const labelOf: Record<ZoomMeetingOperation, keyof typeof perSecond> = {
  create: 'Medium',
  list: 'Medium',
  update: 'Light',
  delete: 'Light',
  get: 'Light',
};
/** A little under the limit: Zoom counts per calendar second, and timers are not exact. */
const headroom = 0.95;

/** The next free sending slot per account and label (this process's share of the account). */
const nextSlot = new Map<string, number>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits for this call's slot under the account's per-second limit for the operation's label. */
export async function paceZoomCall(accountKey: string, operation: ZoomMeetingOperation): Promise<void> {
  const label = labelOf[operation];
  const key = `${accountKey}|${label}`;
  const now = Date.now();
  const slot = Math.max(now, nextSlot.get(key) ?? 0);
  nextSlot.set(key, slot + 1000 / (perSecond[label] * headroom));
  if (slot > now) await sleep(slot - now);
}

/** Zoom answered a per-second 429: no call of that label leaves before `retryAfter`. */
export function holdZoomCalls(accountKey: string, operation: ZoomMeetingOperation, retryAfter: Date) {
  const key = `${accountKey}|${labelOf[operation]}`;
  nextSlot.set(key, Math.max(nextSlot.get(key) ?? 0, retryAfter.getTime()));
}
