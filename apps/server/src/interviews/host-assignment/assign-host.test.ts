import { describe, expect, it } from 'vitest';
import { assignHost, checkNamedHost, type HostFacts } from './assign-host.ts';

const now = new Date('2026-12-01T06:00:00Z');
const at = (time: string) => new Date(`2026-12-01T${time}:00Z`);
const slot = (start: string, end: string) => ({ start: at(start), end: at(end) });

function host(label: string, facts: Partial<HostFacts> = {}): HostFacts {
  return {
    hostCandidateId: `id-${label}`,
    zoomUserId: `zoom-${label}`,
    label,
    type: 2,
    status: 'active',
    concurrentMeetings: 1,
    concurrencyKnown: true,
    meetings: [],
    interviewsThatDay: 0,
    callsToday: 0,
    zoomBlockedUntil: null,
    ...facts,
  };
}

describe('assignHost', () => {
  it('skips a Pro host with an overlapping meeting but gives a Business host a second one', () => {
    const busy = [{ start: at('10:00'), end: at('11:00') }];
    const pro = host('Lee', { meetings: busy, concurrentMeetings: 1 });
    const business = host('Kim', { meetings: busy, concurrentMeetings: 2, interviewsThatDay: 1 });
    const explanation = assignHost([pro, business], slot('10:30', '11:30'), now);
    expect(explanation.chosen?.label).toBe('Kim');
    expect(explanation.skipped).toEqual([
      {
        hostCandidateId: 'id-Lee',
        zoomUserId: 'zoom-Lee',
        label: 'Lee',
        reason: {
          kind: 'busy',
          concurrentLimit: 1,
          overlapping: [{ start: '2026-12-01T10:00:00.000Z', end: '2026-12-01T11:00:00.000Z' }],
        },
      },
    ]);
  });

  it('counts meetings running at the same moment, not every overlap, against a Business host', () => {
    // Two meetings in the slot that do not overlap each other: at most one runs beside the interview.
    const business = host('Kim', {
      concurrentMeetings: 2,
      meetings: [
        { start: at('09:30'), end: at('10:15') },
        { start: at('10:15'), end: at('11:00') },
      ],
    });
    expect(assignHost([business], slot('10:00', '11:00'), now).chosen?.label).toBe('Kim');
    const third = { ...business, meetings: [...business.meetings, { start: at('10:30'), end: at('10:45') }] };
    expect(assignHost([third], slot('10:00', '11:00'), now).skipped[0]?.reason.kind).toBe('busy');
  });

  it('says when a host’s concurrency is unknown and 1 was assumed, chosen or busy', () => {
    const busy = [{ start: at('10:00'), end: at('11:00') }];
    const unknown = host('Lee', { meetings: busy, concurrencyKnown: false });
    const explanation = assignHost([unknown], slot('10:30', '11:30'), now);
    expect(explanation.skipped[0]?.reason).toMatchObject({
      kind: 'busy',
      concurrentLimit: 1,
      concurrencyUnknown: true,
    });
    const free = assignHost([unknown], slot('12:00', '13:00'), now);
    expect(free.chosen).toMatchObject({ label: 'Lee', concurrencyUnknown: true });
    expect(assignHost([host('Kim')], slot('12:00', '13:00'), now).chosen).not.toHaveProperty(
      'concurrencyUnknown',
    );
  });

  it('treats back-to-back meetings as free', () => {
    const pro = host('Lee', { meetings: [{ start: at('09:00'), end: at('10:00') }] });
    expect(assignHost([pro], slot('10:00', '11:00'), now).chosen?.label).toBe('Lee');
  });

  it('never gives a Basic user an interview longer than 40 minutes, but does give a 40-minute one', () => {
    const basic = host('Bea', { type: 1 });
    expect(assignHost([basic], slot('10:00', '10:45'), now)).toEqual({
      choice: 'automatic',
      chosen: null,
      skipped: [
        {
          hostCandidateId: 'id-Bea',
          zoomUserId: 'zoom-Bea',
          label: 'Bea',
          reason: { kind: 'basic_license', maxMinutes: 40 },
        },
      ],
    });
    expect(assignHost([basic], slot('10:00', '10:40'), now).chosen?.label).toBe('Bea');
  });

  it('skips a host at 100 creates and updates today, and one Zoom refused for the day', () => {
    const full = host('Max', { callsToday: 100 });
    const almost = host('Ann', { callsToday: 99, interviewsThatDay: 5 });
    const refused = host('Zed', { callsToday: 3, zoomBlockedUntil: new Date('2026-12-02T00:00:00Z') });
    const explanation = assignHost([full, almost, refused], slot('10:00', '11:00'), now);
    expect(explanation.chosen?.label).toBe('Ann');
    expect(explanation.skipped.map((skip) => skip.reason)).toEqual([
      { kind: 'daily_limit', calls: 100, limit: 100 },
      { kind: 'zoom_daily_limit', until: '2026-12-02T00:00:00.000Z' },
    ]);
    // A block that has lifted no longer counts.
    const lifted = { ...refused, zoomBlockedUntil: new Date('2026-12-01T00:00:00Z') };
    expect(assignHost([lifted], slot('10:00', '11:00'), now).chosen?.label).toBe('Zed');
  });

  it('skips deactivated, deleted and unlicensed users', () => {
    const explanation = assignHost(
      [host('Dee', { status: 'inactive' }), host('Del', { status: 'deleted' }), host('Una', { type: 4 })],
      slot('10:00', '11:00'),
      now,
    );
    expect(explanation.chosen).toBeNull();
    expect(explanation.skipped.map((skip) => skip.reason.kind)).toEqual([
      'deactivated',
      'deleted',
      'no_meeting_license',
    ]);
  });

  it('picks the least loaded host that day, then the one with fewer calls, and names the others', () => {
    const explanation = assignHost(
      [
        host('Amy', { interviewsThatDay: 2 }),
        host('Bob', { interviewsThatDay: 1, callsToday: 9 }),
        host('Cat', { interviewsThatDay: 1, callsToday: 4 }),
      ],
      slot('10:00', '11:00'),
      now,
    );
    expect(explanation.chosen).toMatchObject({ label: 'Cat', interviewsThatDay: 1, callsToday: 4 });
    expect(explanation.skipped.map((skip) => [skip.label, skip.reason])).toEqual([
      ['Bob', { kind: 'more_loaded', interviewsThatDay: 1, tie: true }],
      ['Amy', { kind: 'more_loaded', interviewsThatDay: 2, tie: false }],
    ]);
  });
});

describe('checkNamedHost', () => {
  it('keeps a named host who can host and refuses one who cannot, with the reason', () => {
    expect(checkNamedHost(host('Kim'), slot('10:00', '11:00'), now).chosen?.label).toBe('Kim');
    const refused = checkNamedHost(host('Bea', { type: 1 }), slot('10:00', '11:00'), now);
    expect(refused.chosen).toBeNull();
    expect(refused.skipped[0]?.reason).toEqual({ kind: 'basic_license', maxMinutes: 40 });
  });
});
