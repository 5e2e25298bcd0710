/**
 * Scheduling benchmark: 200 interviews scheduled through Parley's HTTP API, 50 requests at a time, on an
 * organization with 12 Zoom hosts (automatic assignment), with the Zoom emulator answering every call after
 * 150 ms. For each interview it measures "request accepted → meeting created and visible" (the POST's
 * answer to the moment the interview's meeting is stored live, which is when the API shows its join link),
 * and in the same run the bare Zoom create call (`POST /users/{userId}/meetings`, 50 at a time, on the same
 * hosts and token). Target: p50 ≤ 1.10 × the bare call's p50, 0 failures, 0 duplicate meetings. It also
 * prints where the time goes (the median of each phase from the POST's answer), and, so that a slow answer
 * cannot hide the wait, how long the POSTs took and "request sent → meeting visible".
 * Zoom's per-second limits are off here (the lifecycle benchmark's subject): Parley paces only after Zoom
 * refused a call, so nothing holds its creates back, just as nothing holds the bare ones.
 * Runs on in-memory PGlite with the embedded emulator. Run: `npm run bench:schedule`.
 */
import { createZoomMeeting } from '@parley/zoom-client';
import { and, eq, inArray } from 'drizzle-orm';
import { zoomMeetings } from '../apps/server/src/db/interview-schema.ts';
import { emulatorMeetings } from '../apps/server/src/interviews/testing/interview-test-world.ts';
import { inPool, memberEmails, openInterviewBench, percentile } from './support/interview-bench.ts';
import { printMeetingPhases } from './support/meeting-phases.ts';

const interviewCount = 200;
const parallel = 50;
const hostCount = 12;
const zoomLatencyMs = 150;
const targetRatio = 1.1;

const hostEmails = memberEmails(hostCount);
const bench = await openInterviewBench({ hostEmails, applications: interviewCount });
const { parley } = bench;
let exitCode = 1;
try {
  // Latency only: Zoom's per-second limits are the lifecycle benchmark's subject, not this one's.
  parley.emulator.control.setRateLimits(false);
  parley.emulator.control.injectFault({ route: '*', latencyMs: zoomLatencyMs });

  // The bare Zoom create call, with Parley's own token for the organization connection.
  const hostIds = bench.zoomUserIds(hostEmails);
  const bare = await inPool(interviewCount, parallel, async (index) => {
    const startedAt = performance.now();
    const meeting = await createZoomMeeting(bench.rest, hostIds[index % hostCount]!, {
      topic: 'bare create',
      start_time: new Date(Date.UTC(2027, 5, 1, 0) + index * 3_600_000)
        .toISOString()
        .replace(/\.\d{3}Z$/, 'Z'),
      duration: 30,
    });
    const elapsed = performance.now() - startedAt;
    parley.emulator.control.deleteMeetingInZoom(meeting.id);
    return elapsed;
  });

  // Parley: accepted → meeting live, through the HTTP API.
  const accepted = new Map<string, number>();
  const sent = new Map<string, number>();
  const postsStarted = performance.now();
  const results = await inPool(interviewCount, parallel, async (index) => {
    const sentAt = Date.now();
    const response = await bench.send('POST', '/api/interviews', {
      applicationId: bench.applicationIds[index],
      startAt: new Date(Date.UTC(2027, 6, 1, 0) + index * 3_600_000).toISOString(),
      timeZone: 'Europe/Berlin',
      durationMinutes: 45,
      locationKind: 'zoom',
      video: true,
    });
    const acceptedAt = Date.now();
    if (response.status !== 201) return undefined;
    const { interview } = (await response.json()) as { interview: { id: string } };
    accepted.set(interview.id, acceptedAt);
    sent.set(interview.id, sentAt);
    return interview.id;
  });
  console.log(`  (all POSTs answered in ${(performance.now() - postsStarted).toFixed(0)} ms)`);
  const ids = results.filter((id): id is string => id !== undefined);
  const deadline = Date.now() + 120_000;
  let live: (typeof zoomMeetings.$inferSelect)[] = [];
  while (Date.now() < deadline) {
    live = await parley.database.db
      .select()
      .from(zoomMeetings)
      .where(and(inArray(zoomMeetings.interviewId, ids), eq(zoomMeetings.state, 'live')));
    if (live.length === ids.length) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const visible = live.map((meeting) => meeting.updatedAt.getTime() - accepted.get(meeting.interviewId)!);
  const answered = [...accepted].map(([id, at]) => at - sent.get(id)!);
  const sentToVisible = live.map((meeting) => meeting.updatedAt.getTime() - sent.get(meeting.interviewId)!);
  const markers = emulatorMeetings(parley).map(
    (meeting) => /Ref: PRL-([0-9a-f-]{36})/.exec(meeting.agenda)?.[1],
  );
  const perInterview = new Map<string, number>();
  for (const marker of markers) if (marker) perInterview.set(marker, (perInterview.get(marker) ?? 0) + 1);
  const duplicates = [...perInterview.values()].filter((count) => count > 1).length;
  const failures = interviewCount - live.length;

  const bareP50 = percentile(bare, 50);
  const p50 = percentile(visible, 50);
  const ratio = p50 / bareP50;
  console.log(
    `${interviewCount} interviews, ${parallel} at a time, ${hostCount} hosts, Zoom latency ${zoomLatencyMs} ms`,
  );
  console.log(
    `  bare Zoom create:              p50 ${bareP50.toFixed(0)} ms, p95 ${percentile(bare, 95).toFixed(0)} ms`,
  );
  console.log(
    `  accepted → meeting visible:    p50 ${p50.toFixed(0)} ms, p95 ${percentile(visible, 95).toFixed(0)} ms`,
  );
  console.log(
    `  POST answered:                 p50 ${percentile(answered, 50).toFixed(0)} ms, p95 ${percentile(answered, 95).toFixed(0)} ms (50 in flight)`,
  );
  console.log(
    `  request sent → visible:        p50 ${percentile(sentToVisible, 50).toFixed(0)} ms, p95 ${percentile(sentToVisible, 95).toFixed(0)} ms`,
  );
  await printMeetingPhases(parley, accepted);
  console.log(`  failures ${failures}, duplicate meetings ${duplicates}`);
  const ok = ratio <= targetRatio && failures === 0 && duplicates === 0;
  console.log(
    `bench schedule: p50 ${ratio.toFixed(2)} × bare create, ${failures} failures, ${duplicates} duplicates; target <${targetRatio.toFixed(2)} ×, 0, 0> ${ok ? 'ok' : 'MISSED'}`,
  );
  exitCode = ok ? 0 : 1;
} finally {
  await bench.close();
}
process.exit(exitCode);
