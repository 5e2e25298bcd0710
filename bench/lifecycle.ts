/**
 * Meeting lifecycle benchmark: LIFECYCLE_INTERVIEWS (default 1,000) interviews scheduled through Parley's
 * HTTP API, then 30 % of them rescheduled (30 → 45 minutes) and 10 % cancelled, sent as soon as the
 * schedulings are answered, with the Zoom emulator answering every call after 150 ms and enforcing Zoom's
 * per-second limits (the acme account is on Pro: creates 20/s, updates and deletes 30/s).
 *
 * What a correct run must do: a change made while the interview's meeting operation still waits is done by
 * that operation (one job per interview waits at most, and it reads the interview as it is when it runs).
 * So a cancel that comes before the create ran needs no Zoom call at all, and a reschedule that comes
 * before it creates the meeting at the new time: 1 create per interview that got a meeting, 1 update per
 * reschedule whose meeting Zoom had at the old time (the create Parley sent had the old duration), 1 delete
 * per cancelled interview that got a meeting. The benchmark counts Parley's calls against those needs
 * (target: exactly 1 each, nothing extra, no call repeated after a 429) and checks Zoom's end state: every
 * live interview has exactly one meeting at its time and length, every cancelled one none.
 *
 * Parley's total time (first request → every interview settled) is set against the rate-limit bound of the
 * same needed calls, measured after it in the same run: those calls sent straight to the emulator at
 * exactly its limits, on other hosts (target ≥ 90 % of it). 429s surfaced to users: target 0.
 *
 * Runs on PostgreSQL, as production does (docs/operations.md): a throwaway cluster, or the server in
 * `DATABASE_URL`. A thousand interviews a minute is a large team's burst; the embedded PGlite shares one
 * thread with the server and reaches less (LIFECYCLE_DATABASE=pglite runs it there). The Zoom emulator
 * is embedded.
 * Run: `npm run bench:lifecycle` (LIFECYCLE_INTERVIEWS=300 for a shorter run).
 */
import { createZoomMeeting, deleteZoomMeeting, updateZoomMeeting } from '@parley/zoom-client';
import { and, count, inArray } from 'drizzle-orm';
import { interviews, zoomMeetingCalls, zoomMeetings } from '../apps/server/src/db/interview-schema.ts';
import { emulatorMeetings } from '../apps/server/src/interviews/testing/interview-test-world.ts';
import { type InterviewBench, inPool, memberEmails, openInterviewBench } from './support/interview-bench.ts';
import { startBenchPostgres } from './support/postgres-cluster.ts';

const interviewCount = Number(process.env.LIFECYCLE_INTERVIEWS ?? 1000);
const rescheduleCount = Math.round(interviewCount * 0.3);
const cancelCount = Math.round(interviewCount * 0.1);
const zoomLatencyMs = 150;
const parallel = 50;
/** Zoom allows 100 creates + updates per host per day: enough hosts that none runs out. */
const hostCount = Math.ceil((interviewCount + rescheduleCount) / 80);
const perSecond = { create: 20, write: 30 };
const duration = { scheduled: 30, rescheduled: 45 };

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

const startOf = (index: number) => new Date(Date.UTC(2027, 6, 1, 0) + index * 3_600_000);
const rescheduled = (index: number) => index < rescheduleCount;
const cancelled = (index: number) => index >= rescheduleCount && index < rescheduleCount + cancelCount;

/** Schedules, reschedules and cancels through the API; returns the interview ids and the 429s users saw. */
async function runParley(bench: InterviewBench) {
  let rateLimitedAnswers = 0;
  const send = async (method: string, path: string, body: unknown) => {
    const response = await bench.send(method, path, body);
    if (response.status === 429) rateLimitedAnswers++;
    return response;
  };
  const ids = await inPool(interviewCount, parallel, async (index) => {
    const response = await send('POST', '/api/interviews', {
      applicationId: bench.applicationIds[index],
      startAt: startOf(index).toISOString(),
      timeZone: 'UTC',
      durationMinutes: duration.scheduled,
      locationKind: 'zoom',
      video: true,
    });
    return ((await response.json()) as { interview?: { id: string } }).interview?.id ?? '';
  });
  await inPool(rescheduleCount + cancelCount, parallel, async (index) => {
    const id = ids[index]!;
    if (rescheduled(index))
      await send('PATCH', `/api/interviews/${id}`, { version: 1, durationMinutes: duration.rescheduled });
    else await send('POST', `/api/interviews/${id}/cancel`, { version: 1 });
  });
  const deadline = Date.now() + 15 * 60_000;
  const { db } = bench.parley.database;
  // Settled: no interview waits for Zoom, and no meeting is still being made, changed or deleted (a
  // cancelled interview is `cancelled` at once, its meeting deleted after). Counted, not read, every half
  // second: the check shares Parley's database and must not slow what it measures.
  while (Date.now() < deadline) {
    const [waiting] = await db
      .select({ count: count() })
      .from(interviews)
      .where(and(inArray(interviews.id, ids), inArray(interviews.state, ['scheduling', 'rescheduling'])));
    const [busy] = await db
      .select({ count: count() })
      .from(zoomMeetings)
      .where(
        and(
          inArray(zoomMeetings.interviewId, ids),
          inArray(zoomMeetings.state, ['creating', 'updating', 'deleting']),
        ),
      );
    if (waiting!.count === 0 && busy!.count === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const rows = await db
    .select({ state: interviews.state })
    .from(interviews)
    .where(inArray(interviews.id, ids));
  const needingAttention = rows.filter((row) => row.state === 'needs_attention').length;
  return { ids, surfaced: rateLimitedAnswers + needingAttention };
}

/**
 * Parley's Zoom calls against what a correct run needed (see the header), and the interviews whose end in
 * Zoom is wrong (a live one without exactly one meeting at its time and length, a cancelled one with any).
 */
async function countCalls(bench: InterviewBench, ids: readonly string[]) {
  const { db } = bench.parley.database;
  const calls = await db.select().from(zoomMeetingCalls).where(inArray(zoomMeetingCalls.interviewId, ids));
  const meetingRows = await db.select().from(zoomMeetings).where(inArray(zoomMeetings.interviewId, ids));
  const inZoom = new Map<string, { startTime: string | null; duration: number }[]>();
  for (const meeting of emulatorMeetings(bench.parley)) {
    const id = /Ref: PRL-([0-9a-f-]{36})/.exec(meeting.agenda)?.[1];
    if (id) inZoom.set(id, [...(inZoom.get(id) ?? []), meeting]);
  }
  const made = { create: 0, update: 0, delete: 0, other: 0 };
  /** The calls beyond the successful ones, by operation and Zoom's answer, to say what they were. */
  const others = new Map<string, number>();
  const needed = { create: 0, update: 0, delete: 0 };
  let wrongInZoom = 0;
  ids.forEach((id, index) => {
    const own = calls.filter((call) => call.interviewId === id);
    const succeeded = (operation: string) =>
      own.filter((call) => call.operation === operation && call.status >= 200 && call.status < 300).length;
    made.create += succeeded('create');
    made.update += succeeded('update');
    made.delete += succeeded('delete');
    for (const call of own) {
      if (['create', 'update', 'delete'].includes(call.operation) && call.status >= 200 && call.status < 300)
        continue;
      made.other++;
      const key = `${call.operation} ${call.status}${call.zoomCode ? `/${call.zoomCode}` : ''} ${call.status === 0 ? call.message.slice(0, 60) : ''}`;
      others.set(key.trim(), (others.get(key.trim()) ?? 0) + 1);
    }
    const created = succeeded('create') > 0;
    // The bodies Parley sent, newest first: the create's is the oldest.
    const sent = meetingRows.filter((row) => row.interviewId === id).flatMap((row) => row.sentFields);
    const createdAtOldLength = sent.at(-1)?.duration === duration.scheduled;
    needed.create += cancelled(index) && !created ? 0 : 1;
    needed.update += rescheduled(index) && createdAtOldLength ? 1 : 0;
    needed.delete += cancelled(index) && created ? 1 : 0;
    const meetings = inZoom.get(id) ?? [];
    const length = rescheduled(index) ? duration.rescheduled : duration.scheduled;
    const right = cancelled(index)
      ? meetings.length === 0
      : meetings.length === 1 &&
        meetings[0]!.duration === length &&
        Date.parse(meetings[0]!.startTime ?? '') === startOf(index).getTime();
    if (!right) wrongInZoom++;
  });
  return { made, needed, wrongInZoom, others };
}

/**
 * Watches the emulator's count of its per-second 429s (to any caller: only Parley calls meanwhile): how
 * many, and how many came more than 2 s after the first (after Parley should have learned the limit).
 */
function watchRefusals(bench: InterviewBench) {
  const counted = () => bench.parley.emulator.control.counters().rateLimited.byType.QPS ?? 0;
  let firstAt: number | undefined;
  let late = 0;
  let seen = 0;
  const sample = () => {
    const total = counted();
    if (total > seen) {
      firstAt ??= Date.now();
      if (Date.now() - firstAt > 2000) late += total - seen;
      seen = total;
    }
  };
  const timer = setInterval(sample, 100);
  return {
    stop() {
      clearInterval(timer);
      sample();
      return { total: seen, late };
    },
  };
}

/** The same needed calls straight to the emulator at exactly its per-second limits, on other hosts. */
async function measureBound(
  bench: InterviewBench,
  needed: { create: number; update: number; delete: number },
) {
  const rest = { ...bench.rest, maxRetries: 0 };
  const bareHosts = bench.zoomUserIds(memberEmails(hostCount, hostCount));
  const started = Date.now();
  const bareIds: number[] = [];
  let refusals = 0;
  const counted = (call: Promise<unknown>) =>
    call.catch(() => {
      refusals++;
    });
  await paced(needed.create, perSecond.create, (index) =>
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
  await paced(needed.update + needed.delete, perSecond.write, (index) =>
    counted(
      index < needed.update
        ? updateZoomMeeting(rest, bareIds[index]!, { duration: 45 })
        : deleteZoomMeeting(rest, bareIds[index]!),
    ),
  );
  return { boundMs: Date.now() - started, refusals };
}

const onPglite = process.env.LIFECYCLE_DATABASE === 'pglite';
const postgres = onPglite ? undefined : startBenchPostgres();
if (postgres) process.env.DATABASE_URL = postgres.databaseUrl;
const bench = await openInterviewBench({
  hostEmails: memberEmails(hostCount),
  applications: interviewCount,
});
const { parley } = bench;
let exitCode = 1;
try {
  parley.emulator.control.setRateLimits(true);
  parley.emulator.control.injectFault({ route: '*', latencyMs: zoomLatencyMs });

  // Parley: everything through the HTTP API, as recruiters would.
  parley.emulator.control.resetCounters();
  const watch = watchRefusals(bench);
  const started = Date.now();
  const { ids, surfaced } = await runParley(bench);
  const totalMs = Date.now() - started;
  const refused = watch.stop();
  const { made, needed, wrongInZoom, others } = await countCalls(bench, ids);

  // The bound, after a calendar second in which Parley sent nothing: Zoom counts per account.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  const { boundMs, refusals } = await measureBound(bench, needed);

  const efficiency = boundMs / totalMs;
  const ratio = (kind: 'create' | 'update' | 'delete') =>
    needed[kind] === 0 ? 1 : made[kind] / needed[kind];
  console.log(
    `${interviewCount} interviews, ${rescheduleCount} rescheduled, ${cancelCount} cancelled; ${hostCount} hosts; Zoom latency ${zoomLatencyMs} ms; per-second limits on; ${onPglite ? 'PGlite' : 'PostgreSQL'}`,
  );
  console.log(`  Parley, all through the API until settled:               ${(totalMs / 1000).toFixed(1)} s`);
  console.log(
    `  rate-limit bound (the needed calls straight to Zoom at its limits): ${(boundMs / 1000).toFixed(1)} s (${refusals} refused)`,
  );
  console.log(
    `  Zoom calls made/needed: create ${made.create}/${needed.create}, update ${made.update}/${needed.update}, delete ${made.delete}/${needed.delete}, other (429s repeated, failures, marker searches) ${made.other}; interviews wrong in Zoom ${wrongInZoom}`,
  );
  for (const [call, times] of others) console.log(`    other: ${times} × ${call}`);
  console.log(
    `  Zoom's per-second 429s to Parley: ${refused.total} (each repeated paced; not in the counts above), ${refused.late} of them more than 2 s after the first`,
  );
  const ok =
    efficiency >= 0.9 &&
    surfaced === 0 &&
    made.other === 0 &&
    refused.late === 0 &&
    wrongInZoom === 0 &&
    ratio('create') === 1 &&
    ratio('update') === 1 &&
    ratio('delete') === 1;
  console.log(
    `bench lifecycle: ${(efficiency * 100).toFixed(0)} % of the rate-limit bound, ${surfaced} 429s surfaced, calls per needed call ${ratio('create').toFixed(2)}/${ratio('update').toFixed(2)}/${ratio('delete').toFixed(2)}, ${made.other} extra, ${wrongInZoom} wrong in Zoom, ${refused.late} 429s after learning; target ≥90 %, 0, 1/1/1, 0, 0, 0 ${ok ? 'ok' : 'MISSED'}`,
  );
  exitCode = ok ? 0 : 1;
} finally {
  await bench.close();
  postgres?.stop();
}
process.exit(exitCode);
