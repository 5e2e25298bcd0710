import { describe, expect, it } from 'vitest';
import { holdZoomCalls, paceZoomCall } from './zoom-pacing.ts';

/** Blocks the process, as a busy database or a long render would: timers due meanwhile fire late, together. */
function busyFor(ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    // spin
  }
}

/** The most sends in any 1,000 ms, and in any calendar second. */
function densest(sentAt: readonly number[]) {
  const sorted = [...sentAt].sort((a, b) => a - b);
  let window = 0;
  for (let start = 0; start < sorted.length; start++) {
    let end = start;
    while (end < sorted.length && sorted[end]! < sorted[start]! + 1000) end++;
    window = Math.max(window, end - start);
  }
  const perSecond = new Map<number, number>();
  for (const at of sorted)
    perSecond.set(Math.floor(at / 1000), (perSecond.get(Math.floor(at / 1000)) ?? 0) + 1);
  return { window, calendarSecond: Math.max(...perSecond.values()) };
}

describe('pacing of Zoom meeting calls', () => {
  it('sends a burst of creates at most 19 in any second, even when the process stalls meanwhile', async () => {
    const sentAt: number[] = [];
    const stall = setTimeout(() => busyFor(400), 300);
    await Promise.all(
      Array.from({ length: 45 }, async () => {
        await paceZoomCall('account-burst', 'create');
        sentAt.push(Date.now());
      }),
    );
    clearTimeout(stall);
    expect(sentAt).toHaveLength(45);
    const { window, calendarSecond } = densest(sentAt);
    expect(window).toBe(19);
    expect(calendarSecond).toBeLessThanOrEqual(19);
    // Not slower than the limit needs: 45 calls at 19 a second leave in a little over 2 s.
    expect(Math.max(...sentAt) - Math.min(...sentAt)).toBeLessThan(3500);
  });

  it('keeps the labels and accounts apart', async () => {
    const started = Date.now();
    await Promise.all([
      ...Array.from({ length: 19 }, () => paceZoomCall('account-a', 'create')),
      ...Array.from({ length: 29 }, () => paceZoomCall('account-a', 'update')),
      ...Array.from({ length: 19 }, () => paceZoomCall('account-b', 'create')),
    ]);
    expect(Date.now() - started).toBeLessThan(200);
  });

  it("holds every call of the label until Zoom's Retry-After", async () => {
    holdZoomCalls('account-held', 'delete', new Date(Date.now() + 300));
    const started = Date.now();
    await paceZoomCall('account-held', 'update');
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
  });
});
