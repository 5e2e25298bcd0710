import type { HostChoice } from '@parley/api-contract';
import { describe, expect, it } from 'vitest';
import { zoomIdOf } from '../../zoom/testing/directory-test-world.ts';
import {
  emulatorMeetings,
  interviewWhen,
  kimAndLee,
  meetingCallsOf,
  useInterviewTestWorld,
} from '../testing/interview-test-world.ts';

const world = useInterviewTestWorld({ hosts: kimAndLee('member11@acme.test', 'member12@acme.test') });

/** Zoom refuses the next create on this user's meetings for the user's daily limit. */
function dailyLimitOn(email: string) {
  world.parley.emulator.control.injectFault({
    route: `POST /v2/users/${zoomIdOf(world.parley, email)}/meetings`,
    status: 429,
    code: 429,
    message:
      'You have exceeded the daily rate limit (100) of Meeting Create/Update API requests permitted for this particular user. You may resume these requests at GMT 00:00:00.',
    headers: { 'x-ratelimit-type': 'Daily-limit', 'retry-after': '2099-01-01T00:00:00Z' },
    count: 1,
  });
}

async function schedule(startAt: string, host: HostChoice) {
  const interview = await world.schedule({ startAt, durationMinutes: 30, host, until: null });
  return interview as { id: string; meeting: { hostLabel: string } };
}

describe("a host at Zoom's daily limit", () => {
  it('moves an automatically hosted interview to the next host, with one meeting in Zoom and the reason in the explanation', async () => {
    // Kim and Lee are equally free; Kim comes first by label.
    dailyLimitOn('member11@acme.test');
    const second = await schedule('2027-05-04T09:00:00Z', { kind: 'automatic' });
    expect(second.meeting.hostLabel).toBe('Kim');

    const interview = await interviewWhen(world, second.id, 'confirmed');
    expect(interview.meeting).toMatchObject({ state: 'live', hostLabel: 'Lee' });
    expect(interview.meeting.joinUrl).toMatch(/^http/);
    expect(interview.hostExplanation.chosen.label).toBe('Lee');
    expect(interview.hostExplanation.skipped).toContainEqual(
      expect.objectContaining({
        label: 'Kim',
        reason: { kind: 'zoom_daily_limit', until: '2099-01-01T00:00:00.000Z' },
      }),
    );
    const inZoom = emulatorMeetings(world.parley).filter((meeting) => meeting.agenda.includes(second.id));
    expect(inZoom.map((meeting) => meeting.hostEmail)).toEqual(['member12@acme.test']);
    // Kim's refusal is counted against Kim; the create that worked against Lee.
    const calls = await meetingCallsOf(world, second.id);
    expect(calls.filter((call) => call.operation === 'create').map((call) => call.status)).toEqual([
      429, 201,
    ]);
  });

  it('still fails, saying why, for a host the recruiter named', async () => {
    // The fault goes in first: the meeting job may run before `schedule` returns.
    dailyLimitOn('member12@acme.test');
    const accepted = await schedule('2027-05-05T09:00:00Z', {
      kind: 'host_candidate',
      hostCandidateId: world.hosts['member12@acme.test']!,
    });
    const interview = await interviewWhen(world, accepted.id, 'needs_attention');
    expect(interview.meeting).toMatchObject({ state: 'failed', hostLabel: 'Lee' });
    expect(emulatorMeetings(world.parley).filter((meeting) => meeting.agenda.includes(accepted.id))).toEqual(
      [],
    );
  });
});
