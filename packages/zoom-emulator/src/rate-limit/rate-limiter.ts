import type { RouteResponse } from '../http/route-types.ts';
import { jsonResponse } from '../http/send-response.ts';
import { type EmulatorClock, formatZoomTime, nextUtcMidnight, utcDay } from '../state/clock.ts';
import type { Plan } from '../state/types.ts';

/** Zoom's "Rate Limit Label" of an endpoint. */
export type RateLabel = 'Light' | 'Medium' | 'Heavy';

/** Requests per second per account, by plan and label (Zoom's rate-limits page). */
export const PER_SECOND_LIMITS: Record<Plan, Record<RateLabel, number>> = {
  free: { Light: 4, Medium: 2, Heavy: 1 },
  pro: { Light: 30, Medium: 20, Heavy: 10 },
  business: { Light: 80, Medium: 60, Heavy: 40 },
};

/** Requests per UTC day per account (free plan per label; paid plans only cap Heavy). */
export const DAILY_LIMITS: Record<Plan, Partial<Record<RateLabel, number>>> = {
  free: { Light: 6000, Medium: 2000, Heavy: 1000 },
  pro: { Heavy: 30_000 },
  business: { Heavy: 60_000 },
};

/** Meeting creates + updates per host per UTC day. */
export const MEETING_WRITES_PER_HOST_PER_DAY = 100;

const QPS_MESSAGE = 'You have reached the maximum per-second rate limit for this API. Try again later.';
const DAILY_MESSAGE =
  'You have reached the maximum daily rate limit for this API. Refer to the response header for details on when you can make another request.';
const MEETING_DAILY_MESSAGE = `You have exceeded the daily rate limit (${MEETING_WRITES_PER_HOST_PER_DAY}) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.`;

/** Either the headers to add to the answer, or the 429 to send instead. */
export type RateLimitOutcome =
  | { allowed: true; headers: Record<string, string | number> }
  | { allowed: false; response: RouteResponse };

interface Window {
  key: string;
  count: number;
}

/**
 * Account-level per-second and daily buckets plus the per-host meeting create/update budget, all keyed
 * on the emulator clock (so tests can cross midnight UTC).
 */
export class RateLimiter {
  readonly #clock: EmulatorClock;
  #enabled: boolean;
  #perSecond = new Map<string, Window>();
  #daily = new Map<string, Window>();
  #meetingWrites = new Map<string, Window>();

  constructor(clock: EmulatorClock, enabled: boolean) {
    this.#clock = clock;
    this.#enabled = enabled;
  }

  /** Turns enforcement on or off (counting restarts). */
  setEnabled(enabled: boolean): void {
    this.#enabled = enabled;
    this.reset();
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  reset(): void {
    this.#perSecond.clear();
    this.#daily.clear();
    this.#meetingWrites.clear();
  }

  /** Counts one call of an endpoint with `label` against the account's buckets. */
  checkAccount(accountId: string, plan: Plan, label: RateLabel): RateLimitOutcome {
    const headers: Record<string, string | number> = { 'x-ratelimit-category': label };
    if (!this.#enabled) return { allowed: true, headers };
    const now = this.#clock.now();
    const second = Math.floor(now / 1000);
    const perSecondLimit = PER_SECOND_LIMITS[plan][label];
    const perSecond = take(this.#perSecond, `${accountId}|${label}`, String(second));
    if (perSecond.count >= perSecondLimit) {
      return refuse(label, 'QPS', perSecondLimit, (second + 1) * 1000, QPS_MESSAGE);
    }
    const dailyLimit = DAILY_LIMITS[plan][label];
    if (dailyLimit !== undefined) {
      const daily = take(this.#daily, `${accountId}|${label}`, utcDay(now));
      if (daily.count >= dailyLimit) {
        return refuse(label, 'Daily-limit', dailyLimit, nextUtcMidnight(now), DAILY_MESSAGE);
      }
      daily.count++;
      headers['x-ratelimit-limit'] = dailyLimit;
      headers['x-ratelimit-remaining'] = dailyLimit - daily.count;
    }
    perSecond.count++;
    return { allowed: true, headers };
  }

  /** Counts one meeting create or update against the host's daily budget. */
  checkMeetingWrite(hostId: string, label: RateLabel): RateLimitOutcome {
    if (!this.#enabled) return { allowed: true, headers: {} };
    const now = this.#clock.now();
    const window = take(this.#meetingWrites, hostId, utcDay(now));
    const limit = MEETING_WRITES_PER_HOST_PER_DAY;
    if (window.count >= limit) {
      return refuse(label, 'Daily-limit', limit, nextUtcMidnight(now), MEETING_DAILY_MESSAGE);
    }
    window.count++;
    return {
      allowed: true,
      headers: {
        'x-ratelimit-type': 'Daily-limit',
        'x-ratelimit-limit': limit,
        'x-ratelimit-remaining': limit - window.count,
      },
    };
  }

  /** Meeting creates + updates `hostId` has left today. */
  meetingWritesRemaining(hostId: string): number {
    const window = this.#meetingWrites.get(hostId);
    const used = window && window.key === utcDay(this.#clock.now()) ? window.count : 0;
    return MEETING_WRITES_PER_HOST_PER_DAY - used;
  }
}

/** The window for `bucket`, restarted when its key (second or day) has moved on. */
function take(windows: Map<string, Window>, bucket: string, key: string): Window {
  let window = windows.get(bucket);
  if (!window || window.key !== key) {
    window = { key, count: 0 };
    windows.set(bucket, window);
  }
  return window;
}

function refuse(
  label: RateLabel,
  type: 'QPS' | 'Daily-limit',
  limit: number,
  retryAt: number,
  message: string,
) {
  const headers = {
    'x-ratelimit-category': label,
    'x-ratelimit-type': type,
    'x-ratelimit-limit': limit,
    'x-ratelimit-remaining': 0,
    'retry-after': formatZoomTime(retryAt),
  };
  return { allowed: false as const, response: jsonResponse(429, { code: 429, message }, headers) };
}
