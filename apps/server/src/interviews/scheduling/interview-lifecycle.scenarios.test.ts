import { describe, expect, it } from 'vitest';
import {
  changeAsRecruiter,
  emulatorMeetings,
  hostingNotAllowed,
  interviewWhen,
  kimAndLee,
  meetingCallsOf,
  meetingRowsOf,
  useInterviewTestWorld,
} from '../testing/interview-test-world.ts';

const world = useInterviewTestWorld({ hosts: kimAndLee() });

/** Schedules a 60-minute Zoom interview on Kim and waits until its meeting is live. */
async function confirmedInterview(startAt: string) {
  const hostCandidates = await world.parley.request({
    method: 'GET',
    url: '/api/zoom/host-candidates',
    as: world.recruiter,
  });
  const kim = hostCandidates.json().hosts.find((host: { label: string }) => host.label === 'Kim');
  return world.schedule({
    startAt,
    timeZone: 'Europe/Berlin',
    host: { kind: 'host_candidate', hostCandidateId: kim.id },
  });
}

const change = (url: string, payload: Record<string, unknown>, method?: 'POST' | 'PATCH') =>
  changeAsRecruiter(world, url, payload, method);

const meetingById = (id: string) =>
  emulatorMeetings(world.parley).find((meeting) => String(meeting.id) === id);

describe('keeping the Zoom meeting in step', () => {
  it('moves the same meeting when the interview moves: the join link stays', async () => {
    const interview = await confirmedInterview('2026-12-07T10:00');
    const moved = await change(
      `/api/interviews/${interview.id}`,
      { version: 1, startAt: '2026-12-08T14:30', durationMinutes: 45 },
      'PATCH',
    );
    expect(moved.statusCode).toBe(200);
    expect(moved.json().interview).toMatchObject({ state: 'rescheduling', version: 2 });
    const confirmed = await interviewWhen(world, interview.id, 'confirmed');
    expect(confirmed.meeting).toMatchObject({
      zoomMeetingId: interview.meeting.zoomMeetingId,
      joinUrl: interview.meeting.joinUrl,
      linkChanged: false,
    });
    expect(meetingById(interview.meeting.zoomMeetingId)).toMatchObject({
      startTime: '2026-12-08T13:30:00Z',
      duration: 45,
    });
    const stale = await change(
      `/api/interviews/${interview.id}`,
      { version: 1, durationMinutes: 30 },
      'PATCH',
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('EDIT_CONFLICT');
  });

  it('recreates a meeting deleted in Zoom when the interview is edited (3001 on PATCH) and flags the new link', async () => {
    const interview = await confirmedInterview('2026-12-09T10:00');
    world.parley.emulator.control.deleteMeetingInZoom(interview.meeting.zoomMeetingId);
    await change(`/api/interviews/${interview.id}`, { version: 1, durationMinutes: 30 }, 'PATCH');
    const confirmed = await interviewWhen(world, interview.id, 'confirmed');
    expect(confirmed.meeting.zoomMeetingId).not.toBe(interview.meeting.zoomMeetingId);
    expect(confirmed.meeting.linkChanged).toBe(true);
    expect(meetingById(confirmed.meeting.zoomMeetingId)).toMatchObject({
      hostEmail: 'member1@acme.test',
      duration: 30,
    });
    const calls = await meetingCallsOf(world, interview.id);
    expect(calls.map((call) => [call.operation, call.zoomCode])).toEqual([
      ['create', null],
      ['update', 3001],
      ['create', null],
    ]);
  });

  it('changes host by creating on the new host first, then deleting the old meeting', async () => {
    const interview = await confirmedInterview('2026-12-10T10:00');
    const changed = await change(`/api/interviews/${interview.id}/host`, {
      version: 1,
      host: { kind: 'automatic' },
    });
    expect(changed.json()).toMatchObject({ changed: true, interview: { state: 'rescheduling' } });
    const confirmed = await interviewWhen(world, interview.id, 'confirmed');
    expect(confirmed.meeting).toMatchObject({ hostLabel: 'Lee', linkChanged: true });
    expect(meetingById(confirmed.meeting.zoomMeetingId)?.hostEmail).toBe('member2@acme.test');
    expect(meetingById(interview.meeting.zoomMeetingId)).toBeUndefined();
    const calls = await meetingCallsOf(world, interview.id);
    const created = calls.find(
      (call) =>
        call.operation === 'create' && call.hostZoomUserId === confirmed.hostExplanation.chosen.zoomUserId,
    )!;
    const deleted = calls.find((call) => call.operation === 'delete')!;
    expect(created.at.getTime()).toBeLessThanOrEqual(deleted.at.getTime());
    expect(calls.indexOf(created)).toBeLessThan(calls.indexOf(deleted));
  });

  it('deletes the meeting when the interview moves off Zoom, and creates one when it comes back', async () => {
    const interview = await confirmedInterview('2026-12-11T10:00');
    await change(
      `/api/interviews/${interview.id}`,
      { version: 1, locationKind: 'in_person', video: false, locationDetails: 'Office' },
      'PATCH',
    );
    const offline = await interviewWhen(world, interview.id, 'confirmed');
    expect(offline.meeting).toBeNull();
    expect(meetingById(interview.meeting.zoomMeetingId)).toBeUndefined();
    await change(
      `/api/interviews/${interview.id}`,
      { version: 2, locationKind: 'zoom', video: true },
      'PATCH',
    );
    const online = await eventuallyLive(interview.id);
    expect(meetingById(online.meeting.zoomMeetingId)?.hostEmail).toBe('member1@acme.test');
  });

  it('cancels: the meeting is deleted, and a meeting already deleted in Zoom (3001) counts as done', async () => {
    const first = await confirmedInterview('2026-12-14T10:00');
    const cancelled = await change(`/api/interviews/${first.id}/cancel`, {
      version: 1,
      reason: 'Position filled',
    });
    expect(cancelled.json().interview).toMatchObject({ state: 'cancelled', cancelReason: 'Position filled' });
    await waitForMeetingRows(first.id, ['deleted']);
    expect(meetingById(first.meeting.zoomMeetingId)).toBeUndefined();

    const second = await confirmedInterview('2026-12-15T10:00');
    world.parley.emulator.control.deleteMeetingInZoom(second.meeting.zoomMeetingId);
    await change(`/api/interviews/${second.id}/cancel`, { version: 1 });
    await waitForMeetingRows(second.id, ['deleted']);
    const calls = await meetingCallsOf(world, second.id);
    expect(calls.at(-1)).toMatchObject({ operation: 'delete', zoomCode: 3001 });
    const again = await change(`/api/interviews/${second.id}/cancel`, { version: 2 });
    expect(again.json().error.code).toBe('INTERVIEW_NOT_EDITABLE');
  });

  it('retries a create Zoom failed with 500 after looking for the meeting first, and makes exactly one', async () => {
    world.parley.emulator.control.injectFault({
      route: 'POST /v2/users/{userId}/meetings',
      status: 500,
      count: 1,
    });
    const response = await change('/api/interviews', {
      applicationId: await world.newApplication(),
      startAt: '2026-12-17T10:00:00Z',
      timeZone: 'UTC',
      durationMinutes: 30,
      locationKind: 'zoom',
      video: true,
    });
    const id = response.json().interview.id;
    await interviewWhen(world, id, 'confirmed');
    const calls = await meetingCallsOf(world, id);
    expect(calls.map((call) => [call.operation, call.status])).toEqual([
      ['create', 500],
      ['list', 200],
      ['create', 201],
    ]);
    const marked = emulatorMeetings(world.parley).filter((meeting) =>
      meeting.agenda.includes(`Ref: PRL-${id}`),
    );
    expect(marked).toHaveLength(1);
  });

  it('shows Zoom’s reason when it refuses, and a retry creates the meeting', async () => {
    world.parley.emulator.control.injectFault(hostingNotAllowed(1));
    const response = await change('/api/interviews', {
      applicationId: await world.newApplication(),
      startAt: '2026-12-16T10:00:00Z',
      timeZone: 'UTC',
      durationMinutes: 30,
      locationKind: 'zoom',
      video: true,
    });
    const failed = await interviewWhen(world, response.json().interview.id, 'needs_attention');
    expect(failed.meeting).toMatchObject({
      state: 'failed',
      failure: {
        reason: 'hosting_not_allowed',
        zoomCode: 3161,
        message: 'Zoom 3161: Meeting hosting is not allowed for this user.',
        explanation:
          'Zoom does not let this host host or schedule the meeting. Choose another host, or ask a Zoom admin to allow it.',
      },
    });
    const retried = await change(`/api/interviews/${failed.id}/meeting/retry`, { version: 1 });
    expect(retried.statusCode).toBe(200);
    const confirmed = await interviewWhen(world, failed.id, 'confirmed');
    expect(meetingById(confirmed.meeting.zoomMeetingId)).toBeDefined();
  });
});

async function eventuallyLive(interviewId: string) {
  const { eventually } = await import('../../test/create-test-app.ts');
  return eventually(async () => {
    const response = await world.parley.request({
      method: 'GET',
      url: `/api/interviews/${interviewId}`,
      as: world.recruiter,
    });
    const interview = response.json().interview;
    return interview.state === 'confirmed' && interview.meeting?.state === 'live' ? interview : undefined;
  });
}

async function waitForMeetingRows(interviewId: string, states: string[]) {
  const { eventually } = await import('../../test/create-test-app.ts');
  await eventually(async () => {
    const rows = await meetingRowsOf(world, interviewId);
    return rows.every((row) => states.includes(row.state)) ? true : undefined;
  });
}
