import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { interviews } from '../../db/interview-schema.ts';
import { adminIncidents } from '../../db/notification-schema.ts';
import { useTestApp } from '../../test/use-test-app.ts';
import { listIncidentInterviews } from './list-incident-interviews.ts';
import type { IncidentReport } from './report-incident.ts';
import { organizationWithAdmins, reportIncidentNow } from './testing/incident-fixtures.ts';
import { withdrawInterviewFromIncidents } from './withdraw-interview-from-incidents.ts';

const parley = useTestApp();

const report = (incident: IncidentReport) => reportIncidentNow(parley, incident);

const meetingFailed = (hostZoomUserId: string) =>
  ({
    kind: 'meeting_failed',
    hostZoomUserId,
    hostLabel: 'Kim Host',
    operation: 'create',
    status: 400,
    zoomCode: 3000,
    message: 'Cannot create meeting',
  }) as const;

async function listed(incidentId: string) {
  const interviewsOf = await listIncidentInterviews(parley.database.db, [incidentId]);
  return (interviewsOf.get(incidentId) ?? []).map((interview) => interview.candidateName);
}

async function resolvedAt(incidentId: string) {
  const [incident] = await parley.database.db
    .select()
    .from(adminIncidents)
    .where(eq(adminIncidents.id, incidentId));
  return incident?.resolvedAt ?? null;
}

describe('an incident lists only the interviews its cause still concerns', () => {
  it('drops an interview cancelled through the API, and closes the incident when none is left', async () => {
    const { organizationId, slug, newInterview } = await organizationWithAdmins(parley, 'Withdraw Cancel');
    const first = await newInterview('Ada King', 1);
    const second = await newInterview('Bo Lee', 2);
    await parley.database.db
      .update(interviews)
      .set({ hostZoomUserId: 'zoom-kim' })
      .where(eq(interviews.organizationId, organizationId));
    const { incidentId } = await report({
      organizationId,
      facts: meetingFailed('zoom-kim'),
      interviewIds: [first, second],
    });
    const recruiter = await parley.login(`recruiter@${slug}.test`);
    const cancel = (interviewId: string) =>
      parley.request({
        method: 'POST',
        url: `/api/interviews/${interviewId}/cancel`,
        as: recruiter,
        payload: { version: 1, reason: 'Position filled' },
      });

    expect((await cancel(first)).statusCode).toBe(200);
    expect(await listed(incidentId)).toEqual(['Bo Lee']);
    expect(await resolvedAt(incidentId)).toBeNull();
    const bell = await parley.request({
      method: 'GET',
      url: '/api/notifications',
      as: await parley.login(`admin@${slug}.test`),
    });
    expect(
      bell.json().notifications[0].interviews.map((entry: { candidateName: string }) => entry.candidateName),
    ).toEqual(['Bo Lee']);

    expect((await cancel(second)).statusCode).toBe(200);
    expect(await listed(incidentId)).toEqual([]);
    expect(await resolvedAt(incidentId)).not.toBeNull();
  });

  it('drops an interview moved to another host, keeps one still on the failing host, and leaves a connection incident open', async () => {
    const { organizationId, newInterview } = await organizationWithAdmins(parley, 'Withdraw Move');
    const moved = await newInterview('Cy Moved', 1);
    const stays = await newInterview('Di Stays', 2);
    await parley.database.db
      .update(interviews)
      .set({ hostZoomUserId: 'zoom-kim' })
      .where(eq(interviews.organizationId, organizationId));
    const failed = await report({
      organizationId,
      facts: meetingFailed('zoom-kim'),
      interviewIds: [moved, stays],
    });
    const connection = await report({
      organizationId,
      facts: {
        kind: 'zoom_connection_needs_reconnect',
        connectionId: crypto.randomUUID(),
        zoomUserEmail: 'owner@acme.test',
        reason: null,
      },
      interviewIds: [moved],
    });

    await parley.database.db
      .update(interviews)
      .set({ hostZoomUserId: 'zoom-lee' })
      .where(eq(interviews.id, moved));
    await parley.database.transaction(async (tx) => {
      await withdrawInterviewFromIncidents(tx, moved);
      await withdrawInterviewFromIncidents(tx, stays);
    });
    expect(await listed(failed.incidentId)).toEqual(['Di Stays']);
    expect(await listed(connection.incidentId)).toEqual(['Cy Moved']);

    await parley.database.db
      .update(interviews)
      .set({ hostZoomUserId: 'zoom-lee' })
      .where(eq(interviews.id, stays));
    await parley.database.transaction((tx) => withdrawInterviewFromIncidents(tx, stays));
    expect(await resolvedAt(failed.incidentId)).not.toBeNull();
    expect(await resolvedAt(connection.incidentId)).toBeNull();
  });
});
