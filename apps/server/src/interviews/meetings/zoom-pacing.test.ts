import type { ZoomAnswerInfo } from '@parley/zoom-client';
import { describe, expect, it } from 'vitest';
import { learnedZoomLimit, noteZoomAnswer, paceZoomCall } from './zoom-pacing.ts';

/** Blocks the process, as a busy database or a long render would: timers due meanwhile fire late, together. */
function busyFor(ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spin
  }
}

/** The most sends in any calendar second (how Zoom counts). */
function busiestSecond(sentAt: readonly number[]) {
  const perSecond = new Map<number, number>();
  for (const at of sentAt)
    perSecond.set(Math.floor(at / 1000), (perSecond.get(Math.floor(at / 1000)) ?? 0) + 1);
  return Math.max(...perSecond.values());
}

/** Zoom's per-second refusal, as the client reports it. */
function perSecondRefusal(limit?: number, retryAfterMs = 0): ZoomAnswerInfo {
  return {
    status: 429,
    trackingId: undefined,
    rateLimit: { type: 'QPS', limit, retryAfter: new Date(Date.now() + retryAfterMs) },
  };
}

/** Sends `count` calls of `operation` on `account` at once; returns when each left. */
async function burst(account: string, operation: 'create' | 'update', count: number) {
  const sentAt: number[] = [];
  await Promise.all(
    Array.from({ length: count }, async () => {
      await paceZoomCall(account, operation);
      sentAt.push(Date.now());
    }),
  );
  return sentAt;
}

describe('pacing of Zoom meeting calls', () => {
  it("lets calls leave at once until Zoom refuses one: the account's plan may allow far more than Pro", async () => {
    const started = Date.now();
    const sentAt = await burst('account-unknown', 'create', 60);
    expect(Math.max(...sentAt) - started).toBeLessThan(100);
    expect(learnedZoomLimit('account-unknown', 'create')).toBeUndefined();
  });

  it('after a per-second refusal naming 20, sends at most 20 in any calendar second, even when the process stalls', async () => {
    await burst('account-pro', 'create', 30);
    noteZoomAnswer('account-pro', 'create', perSecondRefusal(20, 200));
    expect(learnedZoomLimit('account-pro', 'create')).toBe(20);
    const started = Date.now();
    const stall = setTimeout(() => busyFor(400), 700);
    const sentAt = await burst('account-pro', 'create', 45);
    clearTimeout(stall);
    expect(Math.min(...sentAt) - started).toBeGreaterThanOrEqual(190);
    expect(busiestSecond(sentAt)).toBeLessThanOrEqual(20);
    // Not slower than the limit needs: 45 calls at 19 a second leave in a little over 2.3 s.
    expect(Math.max(...sentAt) - Math.min(...sentAt)).toBeLessThan(3200);
    expect(Math.max(...sentAt) - Math.min(...sentAt)).toBeGreaterThan(2000);
  });

  it("judges the plan by the calls of the last second when Zoom's refusal names no limit", async () => {
    await burst('account-business', 'create', 70);
    noteZoomAnswer('account-business', 'create', perSecondRefusal());
    expect(learnedZoomLimit('account-business', 'create')).toBe(60);
    // The plan's limit for the other label comes with it.
    expect(learnedZoomLimit('account-business', 'delete')).toBe(80);
    await burst('account-pro-silent', 'update', 45);
    noteZoomAnswer('account-pro-silent', 'update', perSecondRefusal());
    expect(learnedZoomLimit('account-pro-silent', 'update')).toBe(30);
    expect(learnedZoomLimit('account-pro-silent', 'list')).toBe(20);
  });

  it('keeps what it learned when Zoom refuses again, and learns nothing from a daily limit', async () => {
    await burst('account-again', 'create', 25);
    noteZoomAnswer('account-again', 'create', perSecondRefusal(20));
    await burst('account-again', 'create', 3);
    noteZoomAnswer('account-again', 'create', perSecondRefusal());
    expect(learnedZoomLimit('account-again', 'create')).toBe(20);
    noteZoomAnswer('account-daily', 'create', {
      status: 429,
      trackingId: undefined,
      rateLimit: { type: 'Daily-limit', limit: 100, retryAfter: new Date(Date.now() + 3_600_000) },
    });
    expect(learnedZoomLimit('account-daily', 'create')).toBeUndefined();
    const started = Date.now();
    await paceZoomCall('account-daily', 'create');
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('keeps the labels and accounts apart', async () => {
    await burst('account-a', 'create', 25);
    noteZoomAnswer('account-a', 'create', perSecondRefusal(20));
    const started = Date.now();
    await Promise.all([
      burst('account-a', 'update', 2),
      burst('account-b', 'create', 29),
      paceZoomCall('account-a', 'create'),
    ]);
    expect(Date.now() - started).toBeLessThan(200);
  });

  it("holds every call of the label until Zoom's Retry-After", async () => {
    noteZoomAnswer('account-held', 'delete', perSecondRefusal(30, 300));
    const started = Date.now();
    await paceZoomCall('account-held', 'update');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
