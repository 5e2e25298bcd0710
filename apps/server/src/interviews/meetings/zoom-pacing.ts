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
/** One call under the limit: Zoom counts per calendar second by its own clock, which is not ours. */
const sendsPerWindow = { Medium: perSecond.Medium - 1, Light: perSecond.Light - 1 } as const;
const windowMs = 1000;

/** This process's share of an account's label: when its recent calls left, and a hold after a 429. */
interface SendWindow {
  sentAt: number[];
  heldUntil: number;
}

const windows = new Map<string, SendWindow>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function windowOf(accountKey: string, operation: ZoomMeetingOperation): SendWindow {
  const key = `${accountKey}|${labelOf[operation]}`;
  let window = windows.get(key);
  if (!window) {
    window = { sentAt: [], heldUntil: 0 };
    windows.set(key, window);
  }
  return window;
}

/**
 * Waits until this call may leave under the account's per-second limit for the operation's label, and
 * counts it as sent. Any 1,000 ms hold at most one call fewer than Zoom allows, so every calendar second
 * does too. The check runs when the caller wakes, not ahead of time: timers that a busy process fires late
 * and all at once still cannot send more than the window allows. Call it right before the request leaves.
 */
export async function paceZoomCall(accountKey: string, operation: ZoomMeetingOperation): Promise<void> {
  const window = windowOf(accountKey, operation);
  const limit = sendsPerWindow[labelOf[operation]];
  for (;;) {
    const now = Date.now();
    if (now < window.heldUntil) {
      await sleep(window.heldUntil - now);
      continue;
    }
    while (window.sentAt.length > 0 && window.sentAt[0]! <= now - windowMs) window.sentAt.shift();
    if (window.sentAt.length < limit) {
      window.sentAt.push(now);
      return;
    }
    await sleep(window.sentAt[0]! + windowMs - now + 1);
  }
}

/** Zoom answered a per-second 429: no call of that label leaves before `retryAfter`. */
export function holdZoomCalls(accountKey: string, operation: ZoomMeetingOperation, retryAfter: Date) {
  const window = windowOf(accountKey, operation);
  window.heldUntil = Math.max(window.heldUntil, retryAfter.getTime());
}
