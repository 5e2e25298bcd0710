import { randomBytes } from 'node:crypto';
import { type MeetingSnapshot, startZoomEmulator, type ZoomEmulator } from '@parley/zoom-emulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDataLocation, type TestDataLocation } from '../../test/test-database.ts';
import {
  type CrashableServer,
  type CrashSeed,
  crashableServer,
  seedCrashWorld,
} from '../testing/crash-world.ts';

/**
 * `npm run test:crash`: a real Parley process on PostgreSQL is killed with SIGKILL at random moments while
 * a burst of schedule / reschedule / cancel requests runs against it, and started again each time. Once
 * everything has settled, every interview must have exactly the Zoom meeting it should have: none lost,
 * none twice, none left behind.
 */

// 67 interviews: 67 schedules + 21 reschedules + 14 cancels ≈ a burst of 100 operations.
const interviewCount = Number(process.env.CRASH_INTERVIEWS ?? 67);
const kills = Number(process.env.CRASH_KILLS ?? 20);

let location: TestDataLocation;
let emulator: ZoomEmulator;
let server: CrashableServer;
let seed: CrashSeed;
let session: { cookie: string; csrfToken: string };

beforeAll(async () => {
  if (!process.env.DATABASE_URL) throw new Error('the crash test needs PostgreSQL: run `npm run test:crash`');
  location = await createTestDataLocation();
  emulator = await startZoomEmulator({ port: 0, host: '127.0.0.1' });
  // Every Zoom call takes 150 ms, as a slow day at Zoom: kills land in the middle of calls.
  emulator.control.injectFault({ route: '*', latencyMs: 150 });
  const key = randomBytes(32);
  const databaseUrl = location.env.DATABASE_URL!;
  seed = await seedCrashWorld(databaseUrl, key, emulator, { hosts: 10, applications: interviewCount });
  server = await crashableServer(databaseUrl, key, emulator.url);
  await server.start();
  session = await logIn();
}, 180_000);

afterAll(async () => {
  await server?.stop();
  await emulator?.close();
  await location?.dispose();
});

async function logIn() {
  const response = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: seed.recruiterEmail, password: seed.password }),
  });
  const cookie = /parley_session=[^;]+/.exec(response.headers.get('set-cookie') ?? '')?.[0];
  const body = (await response.json()) as { csrfToken: string };
  return { cookie: cookie!, csrfToken: body.csrfToken };
}

interface Answer {
  status: number;
  body: Record<string, unknown> & { interview?: InterviewView; interviews?: InterviewView[] };
}
interface InterviewView {
  id: string;
  applicationId: string;
  state: string;
  version: number;
  startAt: string;
  meeting: { state: string; zoomMeetingId: string | null } | null;
}

/** One request; undefined when the server was not there to answer (killed, or starting). */
async function call(method: string, path: string, payload?: unknown): Promise<Answer | undefined> {
  try {
    const response = await fetch(`${server.url}${path}`, {
      method,
      headers: {
        cookie: session.cookie,
        'x-csrf-token': session.csrfToken,
        ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: payload === undefined ? undefined : JSON.stringify(payload),
      signal: AbortSignal.timeout(20_000),
    });
    if (response.status >= 500) return undefined;
    const answer = { status: response.status, body: (await response.json()) as Answer['body'] };
    if (response.status >= 400) lastAnswer = { method, path, ...answer };
    return answer;
  } catch {
    return undefined;
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The last answer the burst got, for the message when an operation never goes through. */
let lastAnswer: unknown;

/** Repeats `attempt` until it reports done, as a user would press the button again after an error. */
async function untilDone(attempt: () => Promise<boolean>) {
  // Long enough to outlast every restart of the burst.
  const deadline = Date.now() + 420_000;
  while (Date.now() < deadline) {
    if (await attempt()) return;
    await pause(300);
  }
  throw new Error(`an operation never went through; last answer ${JSON.stringify(lastAnswer)}`);
}

async function interviewOf(applicationId: string): Promise<InterviewView | undefined | null> {
  const answer = await call('GET', `/api/interviews?applicationId=${applicationId}`);
  if (!answer) return null;
  return answer.body.interviews?.[0];
}

const slot = (index: number, hour: number) => {
  const day = new Date(Date.UTC(2027, 0, 4 + index));
  return new Date(day.getTime() + hour * 3_600_000).toISOString();
};

/** Schedules the application's interview; a request whose answer was lost is looked up before repeating. */
async function schedule(index: number) {
  const applicationId = seed.applicationIds[index]!;
  await untilDone(async () => {
    const existing = await interviewOf(applicationId);
    if (existing === null) return false;
    if (existing) return true;
    const answer = await call('POST', '/api/interviews', {
      applicationId,
      startAt: slot(index, 9),
      timeZone: 'UTC',
      durationMinutes: 45,
      locationKind: 'zoom',
      video: true,
    });
    return answer?.status === 201;
  });
}

async function reschedule(index: number) {
  const target = slot(index, 14);
  await untilDone(async () => {
    const interview = await interviewOf(seed.applicationIds[index]!);
    if (!interview) return false;
    if (interview.startAt === target || interview.state === 'cancelled') return true;
    const answer = await call('PATCH', `/api/interviews/${interview.id}`, {
      version: interview.version,
      startAt: target,
    });
    return answer?.status === 200;
  });
}

async function cancel(index: number) {
  await untilDone(async () => {
    const interview = await interviewOf(seed.applicationIds[index]!);
    if (!interview) return false;
    if (interview.state === 'cancelled') return true;
    const answer = await call('POST', `/api/interviews/${interview.id}/cancel`, {
      version: interview.version,
    });
    return answer?.status === 200;
  });
}

/** The burst: every application scheduled, 30 % of them moved, 20 % cancelled (some after a move). */
function operationsFor(index: number): Array<() => Promise<void>> {
  const steps = [() => schedule(index)];
  if (index % 10 < 3) steps.push(() => reschedule(index));
  if (index % 5 === 2) steps.push(() => cancel(index));
  return steps;
}

/** Kills the server `kills` times at random moments, starting it again each time. */
async function killAtRandom(stopAfter: Promise<unknown>) {
  let done = false;
  void stopAfter.finally(() => {
    done = true;
  });
  let count = 0;
  while (count < kills) {
    await pause(200 + Math.random() * 1500);
    await server.kill();
    count++;
    await server.start();
    if (done && count >= kills) break;
  }
  return count;
}

async function allSettled(deadlineMs: number) {
  const deadline = Date.now() + deadlineMs;
  for (;;) {
    const answer = await call('GET', '/api/interviews?limit=500');
    const interviews = answer?.body.interviews ?? [];
    const moving = interviews.filter((interview) => ['scheduling', 'rescheduling'].includes(interview.state));
    const leftovers = interviews.filter(
      (interview) => interview.state === 'cancelled' && interview.meeting !== null,
    );
    if (answer && moving.length === 0 && leftovers.length === 0) return interviews;
    if (Date.now() > deadline) return interviews;
    await pause(1000);
  }
}

describe('kill -9 at random moments', () => {
  it('leaves every interview with exactly the meeting it should have', async () => {
    const started = Date.now();
    const indexes = Array.from({ length: interviewCount }, (_, index) => index);
    const operations = indexes.flatMap(operationsFor);
    let burstError: unknown;
    const burst = (async () => {
      // Four users at a time, each working through their share in order.
      await Promise.all(
        [0, 1, 2, 3].map(async (lane) => {
          for (const index of indexes.filter((candidate) => candidate % 4 === lane)) {
            for (const step of operationsFor(index)) await step();
          }
        }),
      );
    })().catch((error: unknown) => {
      burstError = error;
    });
    const killed = await killAtRandom(burst);
    await burst;
    if (burstError) throw burstError;
    const interviews = await allSettled(150_000);

    const marked = (meeting: MeetingSnapshot) => /Ref: PRL-([0-9a-f-]{36})/.exec(meeting.agenda)?.[1];
    const meetings = emulator.control.snapshot().accounts.flatMap((account) => account.meetings);
    const byInterview = new Map<string, MeetingSnapshot[]>();
    for (const meeting of meetings) {
      const id = marked(meeting);
      if (id) byInterview.set(id, [...(byInterview.get(id) ?? []), meeting]);
    }
    const wanted = interviews.filter((interview) => interview.state !== 'cancelled');
    const lost = seed.applicationIds.filter((id) => !interviews.some((i) => i.applicationId === id)).length;
    const duplicates = wanted.filter((interview) => (byInterview.get(interview.id)?.length ?? 0) > 1).length;
    const orphans = meetings.filter((meeting) => {
      const interview = interviews.find((candidate) => candidate.id === marked(meeting));
      return (
        !interview ||
        interview.state === 'cancelled' ||
        interview.meeting?.zoomMeetingId !== String(meeting.id)
      );
    }).length;
    const withoutMeeting = wanted.filter(
      (interview) =>
        interview.state !== 'confirmed' ||
        !byInterview
          .get(interview.id)
          ?.some((meeting) => String(meeting.id) === interview.meeting?.zoomMeetingId),
    ).length;
    const wrongTime = wanted.filter((interview) => {
      const meeting = byInterview.get(interview.id)?.[0];
      return meeting && meeting.startTime !== interview.startAt.replace('.000Z', 'Z');
    }).length;
    console.log(
      `crash test: ${operations.length} operations, ${killed} kills, ${interviews.length} interviews ` +
        `(${wanted.length} with a meeting due), ${Math.round((Date.now() - started) / 1000)} s — ` +
        `lost interviews ${lost}, duplicate meetings ${duplicates}, orphan meetings ${orphans}, ` +
        `interviews without their meeting ${withoutMeeting}, meetings at the wrong time ${wrongTime}`,
    );
    expect({ lost, duplicates, orphans, withoutMeeting, wrongTime }).toEqual({
      lost: 0,
      duplicates: 0,
      orphans: 0,
      withoutMeeting: 0,
      wrongTime: 0,
    });
  }, 600_000);
});
