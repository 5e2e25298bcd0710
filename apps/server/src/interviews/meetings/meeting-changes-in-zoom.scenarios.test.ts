import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { meetingGuardSettings } from '../../db/interview-schema.ts';
import { auditEvents } from '../../db/schema.ts';
import { eventually } from '../../test/create-test-app.ts';
import { listenForZoomWebhooks, zoomWebhookHeaders } from '../../zoom/testing/listen-for-zoom-webhooks.ts';
import {
  emulatorMeeting,
  interviewAsRecruiter,
  interviewsOnDaysOfTheirOwn,
  interviewWhen,
  kimForTwoMeetings,
  meetingCallsOf,
  useInterviewTestWorld,
} from '../testing/interview-test-world.ts';

const world = useInterviewTestWorld({ hosts: [kimForTwoMeetings] });
beforeAll(() => listenForZoomWebhooks(world.parley));

const series = interviewsOnDaysOfTheirOwn();
/** A confirmed 60-minute Zoom interview on Kim, each on a day of its own. */
const confirmedInterview = () => series.next(world, world.hosts[kimForTwoMeetings.email]!);
const control = () => world.parley.emulator.control;
const zoomMeeting = (id: string) => emulatorMeeting(world.parley, id);
const getInterview = (id: string) => interviewAsRecruiter(world, id);

function post(url: string, payload: Record<string, unknown>) {
  return world.parley.request({ method: 'POST', url, as: world.recruiter, payload });
}

async function auditCount(interviewId: string, action: string) {
  const rows = await world.parley.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.targetId, interviewId), eq(auditEvents.action, action)));
  return rows.length;
}

/** The last delivery of `event` about meeting `zoomMeetingId`, delivered to Parley. */
async function deliveredEvent(event: string, zoomMeetingId: string) {
  await control().webhooksSettled();
  const delivery = control()
    .webhookDeliveries()
    .filter((item) => item.event === event && item.body.includes(`"id":${zoomMeetingId}`))
    .at(-1);
  expect(delivery?.state).toBe('delivered');
  return delivery!;
}

/** Zoom's retry of a delivery: the same bytes, signed again. */
function redeliver(body: string) {
  return world.parley.app.inject({
    method: 'POST',
    url: '/webhooks/zoom',
    headers: zoomWebhookHeaders(body),
    payload: body,
  });
}

/** The admins' bell entries that list this interview. */
async function deletedInZoomIncidents(interviewId: string) {
  const response = await world.parley.request({ method: 'GET', url: '/api/notifications', as: world.admin });
  const notifications: { kind: string; resolvedAt: string | null; interviews: { id: string }[] }[] =
    response.json().notifications;
  return notifications.filter((notification) =>
    notification.interviews.some((item) => item.id === interviewId),
  );
}

describe('a meeting deleted in Zoom', () => {
  it('shows Deleted in Zoom once, even when Zoom delivers the event twice, and Recreate sends a new link', async () => {
    const interview = await confirmedInterview();
    control().deleteMeetingInZoom(interview.meeting.zoomMeetingId);
    const deleted = await interviewWhen(world, interview.id, 'needs_attention');
    expect(deleted.meeting).toMatchObject({
      state: 'deleted_in_zoom',
      zoomMeetingId: interview.meeting.zoomMeetingId,
    });
    const delivery = await deliveredEvent('meeting.deleted', interview.meeting.zoomMeetingId);
    expect((await redeliver(delivery.body)).statusCode).toBe(204);
    expect(await auditCount(interview.id, 'interview.meeting_deleted_in_zoom')).toBe(1);
    // The admins learn it as its own kind of incident (not a Zoom failure), once, naming the host.
    const incidents = await deletedInZoomIncidents(interview.id);
    expect(incidents).toEqual([
      expect.objectContaining({
        kind: 'meeting_deleted_in_zoom',
        facts: expect.objectContaining({ kind: 'meeting_deleted_in_zoom', hostLabel: 'Kim' }),
        resolvedAt: null,
      }),
    ]);

    const recreated = await post(`/api/interviews/${interview.id}/meeting/recreate`, { version: 1 });
    expect(recreated.statusCode).toBe(200);
    expect(recreated.json().interview).toMatchObject({ state: 'rescheduling', version: 2 });
    const confirmed = await interviewWhen(world, interview.id, 'confirmed');
    expect(confirmed.meeting).toMatchObject({ state: 'live', linkChanged: true });
    expect(confirmed.meeting.zoomMeetingId).not.toBe(interview.meeting.zoomMeetingId);
    expect(confirmed.meeting.joinUrl).not.toBe(interview.meeting.joinUrl);
    expect(zoomMeeting(confirmed.meeting.zoomMeetingId)).toMatchObject({
      hostEmail: 'member1@acme.test',
      startTime: interview.startAt.replace('.000Z', 'Z'),
    });
    // Recreated: the incident is settled.
    expect((await deletedInZoomIncidents(interview.id))[0]?.resolvedAt).not.toBeNull();
    const again = await post(`/api/interviews/${interview.id}/meeting/recreate`, { version: 2 });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('MEETING_NOT_DELETED_IN_ZOOM');
  });

  it('is recreated at once when the organization chose that', async () => {
    await world.parley.database.db
      .insert(meetingGuardSettings)
      .values({ organizationId: world.organizationId, autoRecreate: true });
    try {
      const interview = await confirmedInterview();
      control().deleteMeetingInZoom(interview.meeting.zoomMeetingId);
      const confirmed = await eventuallyConfirmedAt(interview.id, 2);
      expect(confirmed.meeting).toMatchObject({ state: 'live', linkChanged: true });
      expect(zoomMeeting(confirmed.meeting.zoomMeetingId)?.hostEmail).toBe('member1@acme.test');
      expect(await auditCount(interview.id, 'interview.meeting_deleted_in_zoom')).toBe(0);
      expect(await auditCount(interview.id, 'interview.meeting_recreated')).toBe(1);
    } finally {
      await world.parley.database.db
        .delete(meetingGuardSettings)
        .where(eq(meetingGuardSettings.organizationId, world.organizationId));
    }
  });

  it("is Parley's own delete when the interview is cancelled: nothing else happens", async () => {
    const interview = await confirmedInterview();
    await post(`/api/interviews/${interview.id}/cancel`, { version: 1 });
    await eventually(async () => (zoomMeeting(interview.meeting.zoomMeetingId) ? undefined : true));
    await deliveredEvent('meeting.deleted', interview.meeting.zoomMeetingId);
    const cancelled = await getInterview(interview.id);
    expect(cancelled.state).toBe('cancelled');
    expect(await auditCount(interview.id, 'interview.meeting_deleted_in_zoom')).toBe(0);
  });

  it('is not believed without a valid signature', async () => {
    const interview = await confirmedInterview();
    const body = JSON.stringify({
      event: 'meeting.deleted',
      event_ts: Date.now(),
      payload: { account_id: 'acme', object: { id: Number(interview.meeting.zoomMeetingId) } },
    });
    const forged = await world.parley.app.inject({
      method: 'POST',
      url: '/webhooks/zoom',
      headers: zoomWebhookHeaders(body, { secret: 'not-the-secret' }),
      payload: body,
    });
    expect(forged.statusCode).toBe(401);
    expect((await getInterview(interview.id)).meeting.state).toBe('live');
  });
});

async function eventuallyConfirmedAt(interviewId: string, version: number) {
  for (let attempt = 0; attempt < 150; attempt++) {
    const interview = await getInterview(interviewId);
    if (interview.state === 'confirmed' && interview.version === version) return interview;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`interview ${interviewId} not confirmed at version ${version}`);
}

describe('a meeting changed in Zoom', () => {
  it("recognises Parley's own update coming back: no drift", async () => {
    const interview = await confirmedInterview();
    const moved = await world.parley.request({
      method: 'PATCH',
      url: `/api/interviews/${interview.id}`,
      as: world.recruiter,
      payload: { version: 1, startAt: `${series.date()}T15:00`, durationMinutes: 45 },
    });
    expect(moved.statusCode).toBe(200);
    await eventuallyConfirmedAt(interview.id, 2);
    const echo = await deliveredEvent('meeting.updated', interview.meeting.zoomMeetingId);
    expect(JSON.parse(echo.body).payload.object).toMatchObject({ duration: 45 });
    await world.parley.request({
      method: 'PATCH',
      url: `/api/interviews/${interview.id}`,
      as: world.recruiter,
      payload: { version: 2, durationMinutes: 50 },
    });
    await eventuallyConfirmedAt(interview.id, 3);
    // The echo of the first update arriving late, after the second (Zoom does not promise an order).
    const late = JSON.stringify({ ...JSON.parse(echo.body), event_ts: Date.now() + 1 });
    expect((await redeliver(late)).statusCode).toBe(204);
    const after = await getInterview(interview.id);
    expect(after.meeting.drift).toBeNull();
    expect(after.state).toBe('confirmed');
    expect(await auditCount(interview.id, 'interview.meeting_changed_in_zoom')).toBe(0);
  });

  it("shows a time changed in Zoom, once per event; Keep Zoom's time moves the interview", async () => {
    const interview = await confirmedInterview();
    const zoomStart = `${series.date()}T12:30:00Z`;
    control().updateMeetingInZoom(interview.meeting.zoomMeetingId, { start_time: zoomStart, duration: 30 });
    const delivery = await deliveredEvent('meeting.updated', interview.meeting.zoomMeetingId);
    await redeliver(delivery.body);
    const drifted = await getInterview(interview.id);
    expect(drifted.meeting.drift).toMatchObject({
      startAt: zoomStart.replace('Z', '.000Z'),
      durationMinutes: 30,
    });
    expect(drifted.startAt).toBe(interview.startAt);
    expect(await auditCount(interview.id, 'interview.meeting_changed_in_zoom')).toBe(1);

    const kept = await post(`/api/interviews/${interview.id}/meeting/keep-zoom-time`, { version: 1 });
    expect(kept.statusCode).toBe(200);
    const confirmed = await eventuallyConfirmedAt(interview.id, 2);
    expect(confirmed).toMatchObject({ startAt: zoomStart.replace('Z', '.000Z'), durationMinutes: 30 });
    expect(confirmed.meeting).toMatchObject({
      drift: null,
      zoomMeetingId: interview.meeting.zoomMeetingId,
      linkChanged: false,
    });
    expect(zoomMeeting(interview.meeting.zoomMeetingId)).toMatchObject({
      startTime: zoomStart,
      duration: 30,
    });
  });

  it("Restore Parley's time sets the meeting in Zoom back; the interview does not change", async () => {
    const interview = await confirmedInterview();
    control().updateMeetingInZoom(interview.meeting.zoomMeetingId, {
      start_time: `${series.date()}T07:00:00Z`,
    });
    await deliveredEvent('meeting.updated', interview.meeting.zoomMeetingId);
    expect((await getInterview(interview.id)).meeting.drift).not.toBeNull();

    const restored = await post(`/api/interviews/${interview.id}/meeting/restore-time`, { version: 1 });
    expect(restored.statusCode).toBe(200);
    for (let attempt = 0; attempt < 150; attempt++) {
      const current = await getInterview(interview.id);
      if (current.meeting.state === 'live' && current.meeting.drift === null) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const after = await getInterview(interview.id);
    expect(after).toMatchObject({ version: 1, state: 'confirmed', startAt: interview.startAt });
    expect(after.meeting.drift).toBeNull();
    expect(zoomMeeting(interview.meeting.zoomMeetingId)?.startTime).toBe(
      interview.startAt.replace('.000Z', 'Z'),
    );
    await deliveredEvent('meeting.updated', interview.meeting.zoomMeetingId);
    expect((await getInterview(interview.id)).meeting.drift).toBeNull();
    const calls = await meetingCallsOf(world, interview.id);
    expect(calls.map((call) => call.operation)).toEqual(['create', 'update']);
    const none = await post(`/api/interviews/${interview.id}/meeting/restore-time`, { version: 1 });
    expect(none.json().error.code).toBe('NO_MEETING_DRIFT');
  });
});
