import { describe, expect, it } from 'vitest';
import {
  emulatorMeetings,
  interviewWhen,
  kimAndLee,
  useInterviewTestWorld,
} from '../testing/interview-test-world.ts';

// Each host holds one meeting at a time (the default), so an overlapping interview finds it busy.
const world = useInterviewTestWorld({ hosts: kimAndLee('member11@acme.test', 'member12@acme.test') });

/** Schedules a Zoom interview (UTC times) and waits until its meeting is live. */
async function scheduled(startAt: string, durationMinutes: number, hostEmail?: string) {
  const host = hostEmail
    ? ({ kind: 'host_candidate', hostCandidateId: world.hosts[hostEmail]! } as const)
    : ({ kind: 'automatic' } as const);
  return world.schedule({ startAt, durationMinutes, host });
}

function move(interview: { id: string; version: number }, startAt: string) {
  return world.parley.request({
    method: 'PATCH',
    url: `/api/interviews/${interview.id}`,
    as: world.recruiter,
    payload: { version: interview.version, startAt, timeZone: 'UTC' },
  });
}

const hostEmailOf = (zoomMeetingId: string) =>
  emulatorMeetings(world.parley).find((meeting) => String(meeting.id) === String(zoomMeetingId))?.hostEmail;

describe('a moved interview and its host', () => {
  it("moves Parley's pick to a free host when its host is busy at the new time, and keeps the host when it is free", async () => {
    await scheduled('2027-03-01T10:00:00Z', 60, 'member11@acme.test');
    const interview = await scheduled('2027-03-01T14:00:00Z', 60);
    expect(interview.meeting.hostLabel).toBe('Lee'); // the least loaded that day
    await scheduled('2027-03-01T16:00:00Z', 60, 'member12@acme.test');

    const moved = await move(interview, '2027-03-01T16:30:00Z');
    expect(moved.statusCode).toBe(200);
    const onKim = await interviewWhen(world, interview.id, 'confirmed');
    expect(onKim.meeting).toMatchObject({ hostLabel: 'Kim', linkChanged: true });
    expect(hostEmailOf(onKim.meeting.zoomMeetingId)).toBe('member11@acme.test');
    expect(hostEmailOf(interview.meeting.zoomMeetingId)).toBeUndefined();
    expect(onKim.hostExplanation.skipped).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ label: 'Lee', reason: expect.objectContaining({ kind: 'busy' }) }),
      ]),
    );

    const again = await move(onKim, '2027-03-01T12:00:00Z');
    expect(again.statusCode).toBe(200);
    const stayed = await interviewWhen(world, interview.id, 'confirmed');
    expect(stayed.meeting.zoomMeetingId).toBe(onKim.meeting.zoomMeetingId);
    expect(stayed.meeting.hostLabel).toBe('Kim');
    expect(stayed.startAt).toBe('2027-03-01T12:00:00.000Z');
  });

  it('refuses to move an interview on a named host into that host’s other meeting, and changes nothing', async () => {
    await scheduled('2027-03-02T10:00:00Z', 60, 'member12@acme.test');
    const interview = await scheduled('2027-03-02T14:00:00Z', 60, 'member12@acme.test');

    const refused = await move(interview, '2027-03-02T10:30:00Z');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('HOST_CANNOT_HOST');
    expect(refused.json().error.details).toEqual([{ path: 'host.Lee', message: 'busy' }]);
    const unchanged = await interviewWhen(world, interview.id, 'confirmed');
    expect(unchanged).toMatchObject({ version: interview.version, startAt: '2027-03-02T14:00:00.000Z' });
    expect(unchanged.meeting.zoomMeetingId).toBe(interview.meeting.zoomMeetingId);
  });

  it('previews a move with the host it keeps, not a fresh pick, and the move keeps that host', async () => {
    const interview = await scheduled('2027-03-03T14:00:00Z', 60);
    const host = interview.meeting.hostLabel;
    const other = host === 'Kim' ? 'Lee' : 'Kim';
    // The host gets a second interview that day: a fresh pick at 12:00 would take the other, less loaded.
    await scheduled('2027-03-03T09:00:00Z', 60, host === 'Kim' ? 'member11@acme.test' : 'member12@acme.test');
    const preview = (body: object) =>
      world.parley.request({
        method: 'POST',
        url: '/api/interviews/host-preview',
        as: world.recruiter,
        payload: { startAt: '2027-03-03T12:00', timeZone: 'UTC', durationMinutes: 60, ...body },
      });

    const fresh = await preview({ host: { kind: 'automatic' } });
    expect(fresh.json().explanation.chosen.label).toBe(other);
    const ofTheMove = await preview({ host: { kind: 'automatic' }, interviewId: interview.id });
    expect(ofTheMove.statusCode).toBe(200);
    expect(ofTheMove.json().explanation).toMatchObject({ choice: 'automatic', chosen: { label: host } });

    expect((await move(interview, '2027-03-03T12:00:00Z')).statusCode).toBe(200);
    const moved = await interviewWhen(world, interview.id, 'confirmed');
    expect(moved.meeting).toMatchObject({ hostLabel: host, zoomMeetingId: interview.meeting.zoomMeetingId });
  });
});
