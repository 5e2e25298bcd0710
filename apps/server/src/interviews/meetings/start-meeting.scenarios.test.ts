import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { zoomMeetings } from '../../db/interview-schema.ts';
import { auditEvents, devMailMessages } from '../../db/schema.ts';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { insertZoomConnection } from '../../zoom/testing/zoom-test-fixtures.ts';
import { emulatorMeetings, interviewWhen, useInterviewTestWorld } from '../testing/interview-test-world.ts';

const logLines: string[] = [];
const responses: string[] = [];
const world = useInterviewTestWorld({
  logDestination: { write: (line: string) => logLines.push(line) },
  hosts: [{ email: 'member1@acme.test', label: 'Kim' }],
});

async function call(
  method: 'GET' | 'POST',
  url: string,
  as = world.recruiter,
  payload?: Record<string, unknown>,
) {
  const response = await world.parley.request({ method, url, as, payload });
  responses.push(response.body, JSON.stringify(response.headers));
  return response;
}

const startLink = /\/s\/\d+\?zak=/;

describe('the recruiter’s own Zoom and starting a meeting', () => {
  it('puts an own-Zoom interview on the personal connection, never falling back to the organization', async () => {
    const applicationId = await world.newApplication();
    const payload = {
      applicationId,
      startAt: '2027-02-01T09:00:00Z',
      timeZone: 'UTC',
      durationMinutes: 30,
      locationKind: 'zoom',
      video: true,
      host: { kind: 'own_zoom' },
    };
    const withoutPersonal = await call('POST', '/api/interviews', world.recruiter, payload);
    expect(withoutPersonal.json().error.code).toBe('ZOOM_NOT_CONNECTED');

    const { connectionId } = await insertZoomConnection(world.parley, {
      organizationId: world.organizationId,
      kind: 'personal',
      userId: world.recruiter.userId,
      zoomEmail: 'member20@acme.test',
    });
    const scheduled = await call('POST', '/api/interviews', world.recruiter, payload);
    expect(scheduled.statusCode).toBe(201);
    const confirmed = await interviewWhen(world, scheduled.json().interview.id, 'confirmed');
    const meeting = emulatorMeetings(world.parley).find(
      (entry) => String(entry.id) === confirmed.meeting.zoomMeetingId,
    );
    expect(meeting?.hostEmail).toBe('member20@acme.test');
    expect(confirmed.hostExplanation).toMatchObject({
      choice: 'own_zoom',
      chosen: { label: 'member20@acme.test' },
    });

    await world.parley.database.db
      .update(zoomConnections)
      .set({ status: 'needs_reconnect' })
      .where(eq(zoomConnections.id, connectionId));
    const broken = await call('POST', '/api/interviews', world.recruiter, {
      ...payload,
      applicationId: await world.newApplication(),
    });
    expect(broken.json().error.code).toBe('ZOOM_NEEDS_RECONNECT');
  });

  it('redirects the scheduling recruiter to a fresh start link, refuses others, and keeps the link out of every response, log line, row and e-mail', async () => {
    const scheduled = await call('POST', '/api/interviews', world.recruiter, {
      applicationId: await world.newApplication(),
      startAt: '2027-02-02T09:00:00Z',
      timeZone: 'UTC',
      durationMinutes: 30,
      locationKind: 'zoom',
      video: true,
      interviewerIds: [world.interviewer.userId],
    });
    const id = scheduled.json().interview.id;
    await interviewWhen(world, id, 'confirmed');
    const asRecruiter = await call('GET', `/api/interviews/${id}`);
    expect(asRecruiter.json().interview.canStart).toBe(true);
    const asInterviewer = await call('GET', `/api/interviews/${id}`, world.interviewer);
    expect(asInterviewer.json().interview).toMatchObject({ canStart: false, meeting: { state: 'live' } });
    expect(
      (await call('GET', `/api/interviews/${id}/meeting/start`, world.interviewer)).json().error.code,
    ).toBe('MEETING_NOT_STARTABLE');

    const start = await world.parley.request({
      method: 'GET',
      url: `/api/interviews/${id}/meeting/start`,
      as: world.recruiter,
    });
    expect(start.statusCode).toBe(303);
    expect(start.headers.location).toMatch(startLink);
    expect(start.headers['cache-control']).toBe('no-store');
    const page = await fetch(String(start.headers.location), { redirect: 'manual' });
    expect(page.status).toBeLessThan(400);

    await call('GET', '/api/interviews');
    const rows = await world.parley.database.db.select().from(zoomMeetings);
    const audit = await world.parley.database.db.select().from(auditEvents);
    const mail = await world.parley.database.db.select().from(devMailMessages);
    for (const text of [
      ...responses,
      ...logLines,
      JSON.stringify(rows),
      JSON.stringify(audit),
      JSON.stringify(mail),
    ]) {
      expect(text).not.toMatch(startLink);
      expect(text).not.toContain('zak=');
    }
    expect(audit.map((event) => event.action)).toContain('interview.meeting_started');
  });
});
