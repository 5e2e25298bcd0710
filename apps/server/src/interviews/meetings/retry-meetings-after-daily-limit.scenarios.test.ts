import { describe, expect, it } from 'vitest';
import { zoomIdOf } from '../../zoom/testing/directory-test-world.ts';
import {
  emulatorMeetings,
  interviewWhen,
  meetingCallsOf,
  useInterviewTestWorld,
} from '../testing/interview-test-world.ts';
import { retryMeetingsAfterDailyLimit } from './retry-meetings-after-daily-limit.job.ts';

// Parley believes a host's daily limit until it lifts, so each case uses a host of its own.
const hosts = ['member3@acme.test', 'member4@acme.test', 'member5@acme.test'];
const world = useInterviewTestWorld({
  hosts: hosts.map((email, index) => ({ email, label: `Host ${index + 1}` })),
});

const nextUtcMidnight = () => {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1));
};

/** Zoom refuses the host's next `count` creates: the host's daily limit is used up until 00:00 UTC. */
function dailyLimit(host: string, count: number) {
  world.parley.emulator.control.injectFault({
    route: `POST /v2/users/${zoomIdOf(world.parley, host)}/meetings`,
    status: 429,
    count,
    message:
      'You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.',
    headers: { 'x-ratelimit-type': 'Daily-limit', 'retry-after': nextUtcMidnight().toISOString() },
  });
}

let day = 0;
async function scheduleOn(host: string) {
  day++;
  const response = await world.parley.request({
    method: 'POST',
    url: '/api/interviews',
    as: world.recruiter,
    payload: {
      applicationId: await world.newApplication(),
      startAt: `2027-02-${String(day).padStart(2, '0')}T10:00:00Z`,
      timeZone: 'UTC',
      durationMinutes: 30,
      locationKind: 'zoom',
      video: true,
      host: { kind: 'host_candidate', hostCandidateId: world.hosts[host] },
    },
  });
  expect(response.statusCode).toBe(201);
  return response.json().interview.id as string;
}

const sweep = (now: Date) =>
  retryMeetingsAfterDailyLimit(world.parley.services, now, world.parley.services.logger);
const afterReset = () => new Date(nextUtcMidnight().getTime() + 60_000);
const creates = async (id: string) =>
  (await meetingCallsOf(world, id)).filter((call) => call.operation === 'create').length;

describe("a meeting stopped by the host's daily Zoom limit", () => {
  it('waits, visibly, for 00:00 UTC and is created by the sweep after Zoom’s reset, without an editor', async () => {
    dailyLimit(hosts[0]!, 1);
    const id = await scheduleOn(hosts[0]!);
    const waiting = await interviewWhen(world, id, 'needs_attention');
    expect(waiting.meeting.failure).toMatchObject({
      reason: 'daily_limit',
      retryAt: nextUtcMidnight().toISOString(),
    });
    expect(waiting.meeting.failure.explanation).toContain('tries again by itself');

    // Before the reset nothing runs: the limit would refuse again.
    expect(await sweep(new Date())).toEqual([]);
    expect(await creates(id)).toBe(1);

    expect(await sweep(afterReset())).toEqual([id]);
    const confirmed = await interviewWhen(world, id, 'confirmed');
    expect(confirmed.meeting.failure).toBeNull();
    expect(
      emulatorMeetings(world.parley).filter((m) => String(m.id) === confirmed.meeting.zoomMeetingId),
    ).toHaveLength(1);
    expect(await creates(id)).toBe(2);
    // Done: a later sweep finds nothing.
    expect(await sweep(afterReset())).toEqual([]);
  });

  it('is not retried when the interview is cancelled while it waits: the cancel wins', async () => {
    dailyLimit(hosts[1]!, 1);
    const id = await scheduleOn(hosts[1]!);
    const waiting = await interviewWhen(world, id, 'needs_attention');
    const cancelled = await world.parley.request({
      method: 'POST',
      url: `/api/interviews/${id}/cancel`,
      as: world.recruiter,
      payload: { version: waiting.version },
    });
    expect(cancelled.statusCode).toBe(200);
    await interviewWhen(world, id, 'cancelled');

    expect(await sweep(afterReset())).toEqual([]);
    expect(await creates(id)).toBe(1);
    expect((await interviewWhen(world, id, 'cancelled')).state).toBe('cancelled');
  });

  it('is retried once: a second daily limit is given up on for good', async () => {
    dailyLimit(hosts[2]!, 2);
    const id = await scheduleOn(hosts[2]!);
    await interviewWhen(world, id, 'needs_attention');
    expect(await sweep(afterReset())).toEqual([id]);
    const gaveUp = await eventuallyFailedWithoutRetry(id);
    expect(gaveUp.meeting.failure).toMatchObject({ reason: 'daily_limit', retryAt: null });
    expect(await sweep(new Date(afterReset().getTime() + 86_400_000))).toEqual([]);
    expect(await creates(id)).toBe(2);
  });
});

async function eventuallyFailedWithoutRetry(id: string) {
  for (let attempt = 0; attempt < 200; attempt++) {
    const interview = await interviewWhen(world, id, 'needs_attention');
    if (interview.meeting.failure && interview.meeting.failure.retryAt === null) return interview;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`interview ${id} did not give up`);
}
