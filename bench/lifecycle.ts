/**
 * Meeting lifecycle benchmark: LIFECYCLE_INTERVIEWS (default 1,000) interviews scheduled through Parley's
 * HTTP API, then 30 % of them rescheduled and 10 % cancelled, with the Zoom emulator answering every call
 * after 150 ms and enforcing Zoom's per-second limits (Pro plan: creates 20/s, updates and deletes 30/s).
 * The rate-limit bound is measured in the same run: the same Zoom calls sent straight to the emulator at
 * exactly its limits, on other hosts. Prints Parley's total time against that bound (target ≥ 90 % of it),
 * the 429s users saw (target 0) and Zoom calls per interview (target: 1 create each, 1 update per
 * reschedule, 1 delete per cancel). Runs on in-memory PGlite with the embedded emulator.
 * Run: `npm run bench:lifecycle` (LIFECYCLE_INTERVIEWS=300 for a shorter run).
 */
import { createZoomMeeting, deleteZoomMeeting, updateZoomMeeting } from '@parley/zoom-client';
import { inArray } from 'drizzle-orm';
import { interviews, zoomMeetingCalls } from '../apps/server/src/db/interview-schema.ts';
import { inPool, memberEmails, openInterviewBench } from './support/interview-bench.ts';

const interviewCount = Number(process.env.LIFECYCLE_INTERVIEWS ?? 1000);
const rescheduleCount = Math.round(interviewCount * 0.3);
const cancelCount = Math.round(interviewCount * 0.1);
const zoomLatencyMs = 150;
const parallel = 50;
/** Zoom allows 100 creates + updates per host per day: enough hosts that none runs out. */
const hostCount = Math.ceil((interviewCount + rescheduleCount) / 80);
const perSecond = { create: 20, write: 30 };

/** Runs `count` calls at exactly `rate` per second (calendar seconds, as Zoom counts). */
async function paced(count: number, rate: number, call: (index: number) => Promise<unknown>) {
  const started = Date.now();
  const pending: Promise<unknown>[] = [];
  for (let index = 0; index < count; index++) {
    const at = started + Math.floor(index / rate) * 1000;
    if (at > Date.now()) await new Promise((resolve) => setTimeout(resolve, at - Date.now()));
    pending.push(call(index));
  }
  await Promise.all(pending);
}

const bench = await openInterviewBench({
  hostEmails: memberEmails(hostCount),
  applications: interviewCount,
});
const { parley } = bench;
let exitCode = 1;
try {
  parley.emulator.control.setRateLimits(true);
  parley.emulator.control.injectFault({ route: '*', latencyMs: zoomLatencyMs });

  // The bound: the same Zoom calls, straight to the emulator at its limits, on hosts Parley does not use.
  const rest = { ...bench.rest, maxRetries: 0 };
  const bareHosts = bench.zoomUserIds(memberEmails(hostCount, hostCount));
  const boundStarted = Date.now();
  const bareIds: number[] = [];
  let bareRefusals = 0;
  const counted = (call: Promise<unknown>) =>
    call.catch(() => {
      bareRefusals++;
    });
  await paced(interviewCount, perSecond.create, (index) =>
    counted(
      createZoomMeeting(rest, bareHosts[index % bareHosts.length]!, {
        topic: 'bound',
        type: 2,
        duration: 30,
      }).then((meeting) => {
        bareIds[index] = meeting.id;
      }),
    ),
  );
  await paced(rescheduleCount + cancelCount, perSecond.write, (index) =>
    counted(
      index < rescheduleCount
        ? updateZoomMeeting(rest, bareIds[index]!, { duration: 45 })
        : deleteZoomMeeting(rest, bareIds[index]!),
    ),
  );
  const boundMs = Date.now() - boundStarted;
  // The cancels above already deleted theirs; clean up the rest so Parley's hosts start empty.
  bareIds.forEach((id, index) => {
    const cancelled = index >= rescheduleCount && index < rescheduleCount + cancelCount;
    if (id !== undefined && !cancelled) parley.emulator.control.deleteMeetingInZoom(id);
  });
  await new Promise((resolve) => setTimeout(resolve, 1100));

  // Parley: everything through the HTTP API, as recruiters would.
  const started = Date.now();
  let rateLimitedAnswers = 0;
  const send = async (method: string, path: string, body: unknown) => {
    const response = await bench.send(method, path, body);
    if (response.status === 429) rateLimitedAnswers++;
    return response;
  };
  const ids = await inPool(interviewCount, parallel, async (index) => {
    const response = await send('POST', '/api/interviews', {
      applicationId: bench.applicationIds[index],
      startAt: new Date(Date.UTC(2027, 6, 1, 0) + index * 3_600_000).toISOString(),
      timeZone: 'UTC',
      durationMinutes: 30,
      locationKind: 'zoom',
      video: true,
    });
    return ((await response.json()) as { interview?: { id: string } }).interview?.id ?? '';
  });
  await inPool(rescheduleCount + cancelCount, parallel, async (index) => {
    const id = ids[index]!;
    if (index < rescheduleCount)
      await send('PATCH', `/api/interviews/${id}`, { version: 1, durationMinutes: 45 });
    else await send('POST', `/api/interviews/${id}/cancel`, { version: 1 });
  });
  const deadline = Date.now() + 15 * 60_000;
  let rows: (typeof interviews.$inferSelect)[] = [];
  while (Date.now() < deadline) {
    rows = await parley.database.db.select().from(interviews).where(inArray(interviews.id, ids));
    if (rows.every((row) => !['scheduling', 'rescheduling'].includes(row.state))) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const totalMs = Date.now() - started;
  const calls = await parley.database.db
    .select()
    .from(zoomMeetingCalls)
    .where(inArray(zoomMeetingCalls.interviewId, ids));
  const succeeded = (operation: string) =>
    calls.filter((call) => call.operation === operation && call.status >= 200 && call.status < 300).length;
  const zoom429 = calls.filter((call) => call.status === 429).length;
  const surfaced = rateLimitedAnswers + rows.filter((row) => row.state === 'needs_attention').length;
  const perInterview = {
    create: succeeded('create') / interviewCount,
    update: succeeded('update') / rescheduleCount,
    delete: succeeded('delete') / cancelCount,
  };
  const extra = calls.length - succeeded('create') - succeeded('update') - succeeded('delete');
  const efficiency = boundMs / totalMs;
  console.log(
    `${interviewCount} interviews, ${rescheduleCount} rescheduled, ${cancelCount} cancelled; ${hostCount} hosts; Zoom latency ${zoomLatencyMs} ms; per-second limits on`,
  );
  console.log(
    `  rate-limit bound (same calls straight to Zoom at its limits): ${(boundMs / 1000).toFixed(1)} s (${bareRefusals} refused)`,
  );
  console.log(`  Parley, all through the API until settled:               ${(totalMs / 1000).toFixed(1)} s`);
  console.log(
    `  Zoom calls: ${calls.length} (${zoom429} answered 429 and repeated, ${extra} beyond one per change); per interview: create ${perInterview.create.toFixed(2)}, update per reschedule ${perInterview.update.toFixed(2)}, delete per cancel ${perInterview.delete.toFixed(2)}`,
  );
  const ok =
    efficiency >= 0.9 &&
    surfaced === 0 &&
    perInterview.create === 1 &&
    perInterview.update === 1 &&
    perInterview.delete === 1;
  console.log(
    `bench lifecycle: ${(efficiency * 100).toFixed(0)} % of the rate-limit bound, ${surfaced} 429s surfaced, calls per interview ${perInterview.create.toFixed(2)}/${perInterview.update.toFixed(2)}/${perInterview.delete.toFixed(2)}; target ≥90 %, 0, 1/1/1 ${ok ? 'ok' : 'MISSED'}`,
  );
  exitCode = ok ? 0 : 1;
} finally {
  await bench.close();
}
process.exit(exitCode);
