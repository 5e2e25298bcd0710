import type { ZoomAnswerInfo } from '@parley/zoom-client';
import type { ZoomMeetingOperation } from '../../db/interview-schema.ts';

/** Zoom's "Rate Limit Label" of each meeting call: the limits are per account and label. */
type Label = 'Medium' | 'Light';
const labelOf: Record<ZoomMeetingOperation, Label> = {
  create: 'Medium',
  list: 'Medium',
  update: 'Light',
  delete: 'Light',
  get: 'Light',
};

/**
 * Zoom's per-second limits by plan, highest first: Business and up, Pro, Free. No API tells an account's
 * plan, so Parley learns which applies from Zoom's first per-second refusal (see {@link noteZoomAnswer}).
 */
const planLimits: Record<Label, readonly number[]> = { Medium: [60, 20, 2], Light: [80, 30, 4] };

/**
 * This process's calls of one account and label. Until Zoom refuses one per second, calls leave as they
 * come: pacing at the lowest paid plan's limit would make a Business account three times slower than it
 * may be, and a burst on it would wait for nothing. After the first refusal, calls leave evenly spaced
 * under the learned limit.
 */
interface Lane {
  /** The learned per-second limit; undefined until Zoom first refuses a call of the label. */
  limit: number | undefined;
  /** When the recent calls left (the last second), to judge the plan by when Zoom first refuses. */
  sentAt: number[];
  /** The earliest moment the next paced call may leave. */
  nextAt: number;
  /** No call leaves before this (Zoom's `Retry-After` of a per-second 429). */
  heldUntil: number;
  /** The calls waiting for their turn, in order. */
  turn: Promise<void>;
}

const lanes = new Map<string, Lane>();

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function laneOf(accountKey: string, label: Label): Lane {
  const key = `${accountKey}|${label}`;
  let lane = lanes.get(key);
  if (!lane) {
    lane = { limit: undefined, sentAt: [], nextAt: 0, heldUntil: 0, turn: Promise.resolve() };
    lanes.set(key, lane);
  }
  return lane;
}

/**
 * The gap between paced calls: one call fewer than Zoom allows each second, evenly spread. Zoom counts per
 * calendar second by its own clock, and network delays move calls across its second boundaries; spread
 * calls move one at a time, where a burst at the start of each second could put two bursts into one.
 */
function gapMs(limit: number): number {
  return 1000 / Math.max(1, limit - 1);
}

/** Waits until the lane lets the next call leave, then counts it as sent. */
async function takeTurn(lane: Lane): Promise<void> {
  for (;;) {
    const now = Date.now();
    const due = Math.max(lane.heldUntil, lane.limit === undefined ? 0 : lane.nextAt);
    if (now >= due) {
      // Measured at wake-up: a timer a busy process fired late does not let the next call leave early.
      if (lane.limit !== undefined) lane.nextAt = now + gapMs(lane.limit);
      while (lane.sentAt.length > 0 && lane.sentAt[0]! <= now - 1000) lane.sentAt.shift();
      lane.sentAt.push(now);
      return;
    }
    await sleep(due - now);
  }
}

/**
 * Waits until this call may leave under what Parley knows of the account's per-second limit for the
 * operation's label, and counts it as sent. Calls wait in the order they came. Call it right before each
 * try leaves (the Zoom client's `beforeSend`), so that a retry after a 429 is paced too.
 */
export function paceZoomCall(accountKey: string, operation: ZoomMeetingOperation): Promise<void> {
  const lane = laneOf(accountKey, labelOf[operation]);
  const mine = lane.turn.then(() => takeTurn(lane));
  lane.turn = mine;
  return mine;
}

/**
 * Learns from Zoom's answer to a call of `operation`: a per-second 429 holds the label's later calls until
 * Zoom's `Retry-After` and, the first time, sets the limit to pace by: the one Zoom names
 * (`x-ratelimit-limit`), or else the highest plan's limit below the calls sent in the last second. When
 * that is a plan's limit, the plan's limit for the other label is taken too. A later
 * refusal (another app on the account took its share, or a delay bunched calls) only holds: the plan did
 * not change. A daily limit is not this module's concern.
 */
export function noteZoomAnswer(accountKey: string, operation: ZoomMeetingOperation, answer: ZoomAnswerInfo) {
  const refusal = answer.rateLimit;
  if (answer.status !== 429 || !refusal || refusal.type === 'Daily-limit') return;
  const lane = laneOf(accountKey, labelOf[operation]);
  const now = Date.now();
  lane.heldUntil = Math.max(lane.heldUntil, refusal.retryAfter?.getTime() ?? now + 1000);
  if (lane.limit !== undefined) return;
  const label = labelOf[operation];
  const tiers = planLimits[label];
  const sentLastSecond = lane.sentAt.filter((at) => at > now - 1000).length;
  lane.limit = refusal.limit ?? tiers.find((limit) => limit < sentLastSecond) ?? tiers.at(-1)!;
  // A limit of a known plan tells the plan, and so the other label's limit: no second burst to learn it.
  const plan = tiers.indexOf(lane.limit);
  if (plan < 0) return;
  for (const other of Object.keys(planLimits) as Label[])
    laneOf(accountKey, other).limit ??= planLimits[other][plan];
}

/** The per-second limit Parley paces `operation`'s label by on this account; undefined before learning. */
export function learnedZoomLimit(accountKey: string, operation: ZoomMeetingOperation): number | undefined {
  return laneOf(accountKey, labelOf[operation]).limit;
}
