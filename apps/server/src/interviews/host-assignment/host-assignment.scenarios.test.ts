import { describe, expect, it } from 'vitest';
import { zoomMeetingCalls } from '../../db/interview-schema.ts';
import { interviewWhen, useInterviewTestWorld } from '../testing/interview-test-world.ts';

const world = useInterviewTestWorld({
  hosts: [
    { email: 'member11@acme.test', label: 'Pro Pat', concurrentMeetings: 1 },
    { email: 'member12@acme.test', label: 'Business Bo', concurrentMeetings: 2 },
    { email: 'basic@acme.test', label: 'Basic Bea', type: 1 },
    { email: 'former@acme.test', label: 'Former Felix', status: 'inactive' },
    { email: 'member13@acme.test', label: 'Busy Max' },
  ],
});

async function preview(startAt: string, durationMinutes: number, host: unknown = { kind: 'automatic' }) {
  const response = await world.parley.request({
    method: 'POST',
    url: '/api/interviews/host-preview',
    as: world.recruiter,
    payload: { startAt, timeZone: 'UTC', durationMinutes, host },
  });
  expect(response.statusCode).toBe(200);
  return response.json().explanation;
}

async function scheduleOn(hostEmail: string, startAt: string, durationMinutes: number) {
  return world.schedule({
    startAt,
    durationMinutes,
    host: { kind: 'host_candidate', hostCandidateId: world.hosts[hostEmail]! },
  });
}

const reasonOf = (explanation: { skipped: { label: string; reason: { kind: string } }[] }, label: string) =>
  explanation.skipped.find((skip) => skip.label === label)?.reason;

describe('automatic host assignment, explained before anything is created', () => {
  it('skips a Pro host with an overlapping meeting but not a Business host, a Basic host for 45 minutes, a deactivated host and one at 100 calls today', async () => {
    await scheduleOn('member11@acme.test', '2027-01-11T10:00:00Z', 60);
    await scheduleOn('member12@acme.test', '2027-01-11T10:00:00Z', 60);
    const now = new Date();
    const zoomUserId = (
      await world.parley.request({ method: 'GET', url: '/api/zoom/host-candidates', as: world.admin })
    )
      .json()
      .hosts.find((host: { label: string }) => host.label === 'Busy Max').zoomUserId;
    await world.parley.database.db.insert(zoomMeetingCalls).values(
      Array.from({ length: 100 }, () => ({
        organizationId: world.organizationId,
        hostZoomUserId: zoomUserId,
        operation: 'update' as const,
        status: 204,
        at: now,
      })),
    );

    const explanation = await preview('2027-01-11T10:30:00Z', 45);
    expect(explanation.chosen).toMatchObject({ label: 'Business Bo', interviewsThatDay: 1 });
    expect(reasonOf(explanation, 'Pro Pat')).toEqual({
      kind: 'busy',
      concurrentLimit: 1,
      overlapping: [{ start: '2027-01-11T10:00:00.000Z', end: '2027-01-11T11:00:00.000Z' }],
    });
    expect(reasonOf(explanation, 'Basic Bea')).toEqual({ kind: 'basic_license', maxMinutes: 40 });
    expect(reasonOf(explanation, 'Former Felix')).toEqual({ kind: 'deactivated' });
    expect(reasonOf(explanation, 'Busy Max')).toEqual({ kind: 'daily_limit', calls: 100, limit: 100 });

    // A 40-minute interview fits the Basic host; nothing was created by the previews.
    const short = await preview('2027-01-11T12:00:00Z', 40, {
      kind: 'host_candidate',
      hostCandidateId: world.hosts['basic@acme.test'],
    });
    expect(short.chosen?.label).toBe('Basic Bea');
  });

  it('refuses to schedule when nobody fits, saying why, and creates nothing in Zoom', async () => {
    await scheduleOn('member12@acme.test', '2027-01-12T10:00:00Z', 60);
    await scheduleOn('member12@acme.test', '2027-01-12T10:00:00Z', 60);
    await scheduleOn('member11@acme.test', '2027-01-12T10:00:00Z', 60);
    const before = world.parley.emulator.control
      .snapshot()
      .accounts.flatMap((account) => account.meetings).length;
    const response = await world.requestSchedule({ startAt: '2027-01-12T10:15:00Z', durationMinutes: 45 });
    expect(response.statusCode).toBe(409);
    expect(response.json().error.code).toBe('NO_HOST_AVAILABLE');
    expect(response.json().error.details).toEqual(
      expect.arrayContaining([
        { path: 'host.Basic Bea', message: 'basic_license' },
        { path: 'host.Business Bo', message: 'busy' },
      ]),
    );
    expect(
      world.parley.emulator.control.snapshot().accounts.flatMap((account) => account.meetings),
    ).toHaveLength(before);
  });

  it('believes Zoom’s daily 429 over Parley’s own count', async () => {
    const zoomUserId = (
      await world.parley.request({ method: 'GET', url: '/api/zoom/host-candidates', as: world.admin })
    )
      .json()
      .hosts.find((host: { label: string }) => host.label === 'Pro Pat').zoomUserId;
    world.parley.emulator.control.injectFault({
      route: 'POST /v2/users/{userId}/meetings',
      status: 429,
      code: 429,
      headers: { 'x-ratelimit-type': 'Daily-limit', 'retry-after': '2099-01-01T00:00:00Z' },
      count: 1,
    });
    const response = await world.requestSchedule({
      startAt: '2027-01-13T09:00:00Z',
      durationMinutes: 30,
      host: { kind: 'host_candidate', hostCandidateId: world.hosts['member11@acme.test']! },
    });
    await interviewWhen(world, response.json().interview.id, 'needs_attention');
    const explanation = await preview('2027-01-14T09:00:00Z', 30);
    expect(reasonOf(explanation, 'Pro Pat')).toEqual({
      kind: 'zoom_daily_limit',
      until: '2099-01-01T00:00:00.000Z',
    });
    expect(zoomUserId).toBeTruthy();
  });
});
