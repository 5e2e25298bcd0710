import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { interviews, zoomMeetings } from '../../db/interview-schema.ts';
import { eventually } from '../../test/create-test-app.ts';
import { insertZoomConnection } from '../../zoom/testing/zoom-test-fixtures.ts';
import {
  emulatorMeeting,
  interviewAsRecruiter,
  interviewRow,
  interviewsOnDaysOfTheirOwn,
  kimForTwoMeetings,
  useInterviewTestWorld,
} from '../testing/interview-test-world.ts';
import { reconcileMeetings } from './reconcile-meetings.ts';

const world = useInterviewTestWorld({ hosts: [kimForTwoMeetings] });

const series = interviewsOnDaysOfTheirOwn();
const confirmedInterview = () => series.next(world, world.hosts[kimForTwoMeetings.email]!);
const control = () => world.parley.emulator.control;

async function metricValue(line: string): Promise<number> {
  const response = await world.parley.request({ method: 'GET', url: '/metrics' });
  const found = response.body.split('\n').find((candidate) => candidate.startsWith(`${line} `));
  return found ? Number(found.split(' ').at(-1)) : 0;
}
const reconcileMetrics = [
  'parley_reconcile_runs_total{trigger="admin",outcome="finished"}',
  'parley_reconcile_findings_total{finding="missing"}',
  'parley_reconcile_findings_total{finding="orphansDeleted"}',
  'parley_reconcile_findings_total{finding="drifted"}',
  'parley_reconcile_findings_total{finding="recreated"}',
];
const readReconcileMetrics = () => Promise.all(reconcileMetrics.map(metricValue));
const zoomMeeting = (id: string) => emulatorMeeting(world.parley, id);
const getInterview = (id: string) => interviewAsRecruiter(world, id);

describe('the reconcile job on seeded drift', () => {
  it('finds the missing meeting, deletes the orphan, shows the drift, and counts them for the admins', async () => {
    const missing = await confirmedInterview();
    const drifted = await confirmedInterview();
    const orphaned = await confirmedInterview();
    const inStep = await confirmedInterview();
    // Zoom's webhooks do not reach this Parley: only the reconcile job can notice.
    control().deleteMeetingInZoom(missing.meeting.zoomMeetingId);
    const zoomStart = `${series.date(2)}T06:15:00Z`;
    control().updateMeetingInZoom(drifted.meeting.zoomMeetingId, { start_time: zoomStart });
    // A cancel whose delete was lost: Parley believes it gone, Zoom still has it.
    await world.parley.database.db
      .update(interviews)
      .set({ state: 'cancelled' })
      .where(eq(interviews.id, orphaned.id));
    await world.parley.database.db
      .update(zoomMeetings)
      .set({ state: 'deleted' })
      .where(eq(zoomMeetings.interviewId, orphaned.id));
    const metricsBefore = await readReconcileMetrics();

    const requested = await world.requestAs(world.admin, 'POST', '/api/zoom/meeting-guard/reconcile');
    expect(requested.statusCode).toBe(202);
    const denied = await world.requestAs(world.recruiter, 'POST', '/api/zoom/meeting-guard/reconcile');
    expect(denied.statusCode).toBe(403);
    const run = await eventually(async () => {
      const guard = await world.requestAs(world.admin, 'GET', '/api/zoom/meeting-guard');
      const last = guard.json().lastReconcile;
      return last?.finishedAt ? last : undefined;
    });
    expect(run).toMatchObject({
      trigger: 'admin',
      error: null,
      counts: { missing: 1, recreated: 0, orphansDeleted: 1, drifted: 1, unknownMarked: 0, failedHosts: 0 },
    });
    expect(run.counts.interviewsChecked).toBeGreaterThanOrEqual(3);
    // The same counts reach /metrics: one finished admin run, one missing, one orphan, one drift.
    const metricsAfter = await readReconcileMetrics();
    expect(metricsAfter.map((value, index) => value - metricsBefore[index]!)).toEqual([1, 1, 1, 1, 0]);

    expect(zoomMeeting(orphaned.meeting.zoomMeetingId)).toBeUndefined();
    expect(await getInterview(missing.id)).toMatchObject({
      state: 'needs_attention',
      meeting: { state: 'deleted_in_zoom' },
    });
    expect((await getInterview(drifted.id)).meeting.drift).toMatchObject({
      startAt: zoomStart.replace('Z', '.000Z'),
      durationMinutes: 60,
    });
    expect(await getInterview(inStep.id)).toMatchObject({
      state: 'confirmed',
      meeting: { state: 'live', drift: null },
    });
    expect(zoomMeeting(inStep.meeting.zoomMeetingId)).toBeDefined();
  });
});

describe('the reconcile job beside a queued cancel', () => {
  it("leaves a cancelled interview's meeting to the delete its cancel queued, instead of deleting it too", async () => {
    const cancelled = await confirmedInterview();
    // Cancelled, and its meeting operation not yet run: the meeting is still live in Parley and in Zoom.
    await world.parley.database.db
      .update(interviews)
      .set({ state: 'cancelled' })
      .where(eq(interviews.id, cancelled.id));
    const { services } = world.parley;
    const counts = await reconcileMeetings(services, world.organizationId, services.logger);
    expect(counts.orphansDeleted).toBe(0);
    expect(zoomMeeting(cancelled.meeting.zoomMeetingId)).toBeDefined();
  });
});

describe('connection loss', () => {
  it('flags the upcoming interviews at once, lists them for admins, and one re-validation after reconnecting clears them', async () => {
    const kept = await confirmedInterview();
    const lost = await confirmedInterview();
    const disconnected = await world.requestAs(world.admin, 'DELETE', '/api/zoom/organization');
    expect(disconnected.statusCode).toBeLessThan(300);
    expect((await getInterview(kept.id)).connectionFlag).toMatchObject({ reason: 'removed' });
    const listed = await world.requestAs(world.admin, 'GET', '/api/zoom/flagged-interviews');
    expect(listed.json().interviews.map((item: { id: string }) => item.id)).toEqual(
      expect.arrayContaining([kept.id, lost.id]),
    );
    // Meanwhile someone deletes one meeting in Zoom.
    control().deleteMeetingInZoom(lost.meeting.zoomMeetingId);

    const tooEarly = await world.requestAs(world.admin, 'POST', '/api/zoom/flagged-interviews/revalidate');
    expect(tooEarly.json()).toMatchObject({ cleared: 0 });
    expect((await getInterview(kept.id)).connectionFlag).not.toBeNull();

    const { connectionId } = await insertZoomConnection(world.parley, {
      organizationId: world.organizationId,
      kind: 'organization',
      zoomEmail: 'admin@acme.test',
    });
    const revalidated = await world.requestAs(world.admin, 'POST', '/api/zoom/flagged-interviews/revalidate');
    expect(revalidated.statusCode).toBe(200);
    expect(revalidated.json().stillFlagged).toBe(0);
    expect(await getInterview(kept.id)).toMatchObject({ connectionFlag: null, meeting: { state: 'live' } });
    expect((await interviewRow(world, kept.id)).hostConnectionId).toBe(connectionId);
    expect(await getInterview(lost.id)).toMatchObject({
      connectionFlag: null,
      meeting: { state: 'deleted_in_zoom' },
    });
    const after = await world.requestAs(world.admin, 'GET', '/api/zoom/flagged-interviews');
    expect(after.json().interviews).toEqual([]);
  });
});
