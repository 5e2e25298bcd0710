import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema.ts';
import {
  emulatorMeetings,
  interviewWhen,
  kimAndLee,
  meetingCallsOf,
  useInterviewTestWorld,
} from '../testing/interview-test-world.ts';

const world = useInterviewTestWorld({ hosts: kimAndLee() });

function schedule(body: Record<string, unknown>, as = world.recruiter) {
  return world.parley.request({ method: 'POST', url: '/api/interviews', as, payload: body });
}

describe('scheduling an interview with a Zoom meeting', () => {
  it('stores it as scheduling, creates the meeting on the chosen host, then shows the link (09:00 Berlin after the October change = 08:00 UTC)', async () => {
    const accepted = await world.schedule({
      applicationId: await world.newApplication('Ada King'),
      startAt: '2026-10-26T09:00',
      timeZone: 'Europe/Berlin',
      durationMinutes: 45,
      interviewerIds: [world.interviewer.userId],
      until: null,
    });
    expect(accepted).toMatchObject({
      state: 'scheduling',
      startAt: '2026-10-26T08:00:00.000Z',
      endAt: '2026-10-26T08:45:00.000Z',
    });
    expect(accepted.meeting).toMatchObject({ state: 'creating', joinUrl: null });
    expect(accepted.hostExplanation.chosen.label).toBe('Kim');
    expect(accepted.hostExplanation.skipped).toEqual([
      expect.objectContaining({
        label: 'Lee',
        reason: { kind: 'more_loaded', interviewsThatDay: 0, tie: true },
      }),
    ]);

    const confirmed = await interviewWhen(world, accepted.id, 'confirmed');
    const [meeting] = emulatorMeetings(world.parley).filter(
      (entry) => String(entry.id) === confirmed.meeting.zoomMeetingId,
    );
    expect(meeting).toMatchObject({
      hostEmail: 'member1@acme.test',
      startTime: '2026-10-26T08:00:00Z',
      duration: 45,
      topic: 'Technical interview: Ada King (Backend Engineer)',
    });
    expect(meeting!.agenda).toContain(`Ref: PRL-${accepted.id}`);
    expect(confirmed.meeting).toMatchObject({
      state: 'live',
      joinUrl: meeting!.joinUrl,
      passcode: meeting!.password,
      linkChanged: false,
    });
    const calls = await meetingCallsOf(world, accepted.id);
    expect(calls.map((call) => [call.operation, call.status])).toEqual([['create', 201]]);
    const audit = await world.parley.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, accepted.id));
    expect(audit.map((event) => event.action)).toEqual(
      expect.arrayContaining(['interview.scheduled', 'interview.host_chosen', 'interview.meeting_created']),
    );
  });

  it('cuts a topic over 200 characters to 200 with an ellipsis', async () => {
    const confirmed = await world.schedule({
      applicationId: await world.newApplication('X'.repeat(250)),
      startAt: '2026-11-02T10:00:00Z',
      durationMinutes: 30,
    });
    const meeting = emulatorMeetings(world.parley).find(
      (entry) => String(entry.id) === confirmed.meeting.zoomMeetingId,
    )!;
    expect([...meeting.topic]).toHaveLength(200);
    expect(meeting.topic.endsWith('…')).toBe(true);
  });

  it('confirms an in-person interview at once, with no meeting in Zoom', async () => {
    const before = emulatorMeetings(world.parley).length;
    const response = await schedule({
      applicationId: await world.newApplication(),
      startAt: '2026-11-03T10:00:00Z',
      timeZone: 'UTC',
      durationMinutes: 30,
      locationKind: 'in_person',
      locationDetails: 'Main office, room 4',
      video: false,
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().interview).toMatchObject({
      state: 'confirmed',
      meeting: null,
      locationDetails: 'Main office, room 4',
    });
    expect(emulatorMeetings(world.parley)).toHaveLength(before);
  });

  it('refuses interviewers, who only see the interviews they are on', async () => {
    const phoneCall = {
      applicationId: await world.newApplication(),
      startAt: '2026-11-04T10:00:00Z',
      timeZone: 'UTC',
      durationMinutes: 30,
      locationKind: 'phone',
      video: false,
    };
    expect((await schedule(phoneCall, world.interviewer)).statusCode).toBe(403);
    const mine = await schedule({ ...phoneCall, interviewerIds: [world.interviewer.userId] });
    const id = mine.json().interview.id;
    const asInterviewer = await world.parley.request({
      method: 'GET',
      url: '/api/interviews',
      as: world.interviewer,
    });
    expect(asInterviewer.json().interviews.map((entry: { id: string }) => entry.id)).toContain(id);
    const asOther = await world.parley.request({
      method: 'GET',
      url: '/api/interviews',
      as: world.otherInterviewer,
    });
    expect(asOther.json().interviews).toEqual([]);
    expect(
      (
        await world.parley.request({
          method: 'GET',
          url: `/api/interviews/${id}`,
          as: world.otherInterviewer,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('says why an application cannot have an interview, and refuses bad input with 400', async () => {
    const bad = await schedule({
      applicationId: await world.newApplication(),
      startAt: 'tomorrow',
      timeZone: 'Mars/Olympus',
      durationMinutes: 2,
      locationKind: 'zoom',
      video: true,
    });
    expect(bad.statusCode).toBe(400);
    const unknown = await schedule({
      applicationId: '00000000-0000-4000-8000-000000000000',
      startAt: '2026-11-04T10:00:00Z',
      timeZone: 'UTC',
      durationMinutes: 30,
      locationKind: 'zoom',
      video: true,
    });
    expect(unknown.statusCode).toBe(404);
    expect(world.hosts['member1@acme.test']).toBeDefined();
  });
});
