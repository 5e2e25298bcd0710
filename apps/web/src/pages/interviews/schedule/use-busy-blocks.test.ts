import type { BusyTime } from '@parley/api-contract';
import { describe, expect, it } from 'vitest';
import { groupBusyTimes } from './use-busy-blocks.ts';

const busy = (kind: BusyTime['kind'], ownerId: string, interviewId: string): BusyTime => ({
  kind,
  ownerId,
  interviewId,
  start: '2026-12-09T09:00:00.000Z',
  end: '2026-12-09T10:00:00.000Z',
});

describe('busy blocks in the schedule calendar', () => {
  it('shows one block per other interview, naming everyone it keeps busy, and not the one being edited', () => {
    const blocks = groupBusyTimes(
      [
        busy('user', 'kim', 'a'),
        busy('host', 'olivia', 'a'),
        busy('user', 'kim', 'edited'),
        busy('user', 'lee', 'b'),
      ],
      (time) => `${time.kind}:${time.ownerId}`,
      'edited',
    );
    expect(blocks).toEqual([
      {
        id: 'busy-a',
        start: '2026-12-09T09:00:00.000Z',
        end: '2026-12-09T10:00:00.000Z',
        title: 'user:kim, host:olivia',
      },
      { id: 'busy-b', start: '2026-12-09T09:00:00.000Z', end: '2026-12-09T10:00:00.000Z', title: 'user:lee' },
    ]);
  });
});
