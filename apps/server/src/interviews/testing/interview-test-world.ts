import {
  defaultStageZoomMeetingSettings,
  type HostChoice,
  type InterviewState,
  type Language,
} from '@parley/api-contract';
import type { FaultSpec, MeetingSnapshot } from '@parley/zoom-emulator';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import type { Db } from '../../db/database.ts';
import { interviews, zoomMeetingCalls, zoomMeetings } from '../../db/interview-schema.ts';
import { applications, candidates, jobStages, jobs } from '../../db/recruiting-schema.ts';
import { zoomConnections, zoomHostCandidates } from '../../db/zoom-schema.ts';
import type { TestAppOptions } from '../../test/create-test-app.ts';
import { eventually, type TestRequest, type TestSession } from '../../test/create-test-app.ts';
import { useWorld } from '../../test/use-world.ts';
import { zoomIdOf } from '../../zoom/testing/directory-test-world.ts';
import {
  createZoomTestApp,
  insertConnectedOrganization,
  type ZoomTestApp,
} from '../../zoom/testing/zoom-test-fixtures.ts';

/** A host candidate to add: a seeded acme Zoom user and how it may host. */
export interface HostSpec {
  email: string;
  label?: string;
  type?: number;
  status?: 'active' | 'inactive' | 'pending' | 'deleted';
  concurrentMeetings?: number;
}

/**
 * An interview to schedule through the API: a Zoom interview with video for a new application, 60 minutes in
 * UTC on Parley's choice of host, unless said otherwise.
 */
export interface ScheduleSpec {
  startAt: string;
  timeZone?: string;
  durationMinutes?: number;
  host?: HostChoice;
  applicationId?: string;
  /** The interviewers on the interview (none unless said). */
  interviewerIds?: string[];
  /**
   * The state to wait for before returning the interview as the API then shows it (`confirmed` unless
   * said); null returns the scheduling answer at once, for a test that looks before the meeting job runs.
   */
  until?: InterviewState | null;
}

/** An organization connected to Zoom's acme account, with a job, an interview stage and an application. */
export interface InterviewWorld {
  parley: ZoomTestApp;
  organizationId: string;
  connectionId: string;
  admin: TestSession;
  recruiter: TestSession;
  interviewer: TestSession;
  otherInterviewer: TestSession;
  stageId: string;
  jobId: string;
  /** Adds an application of a new candidate in the interview stage. */
  newApplication(candidateName?: string): Promise<string>;
  addHosts(hosts: readonly HostSpec[]): Promise<Record<string, string>>;
  /** Asks to schedule an interview as the recruiter and returns Parley's answer, whatever it is. */
  requestSchedule(spec: Omit<ScheduleSpec, 'until'>): Promise<LightMyRequestResponse>;
  /** Schedules an interview as the recruiter (failing unless Parley accepts it) and waits for its state. */
  schedule(spec: ScheduleSpec): ReturnType<typeof interviewWhen>;
  /** A request as `as`, whatever Parley answers. */
  requestAs(
    as: TestSession,
    method: TestRequest['method'],
    url: string,
    payload?: TestRequest['payload'],
  ): Promise<LightMyRequestResponse>;
  /** Closes Parley and its emulator, and removes the database. */
  close(): Promise<void>;
}

/** Builds {@link InterviewWorld} on a fresh Parley with its embedded Zoom emulator. */
export async function createInterviewWorld(options: TestAppOptions = {}): Promise<InterviewWorld> {
  const parley = await createZoomTestApp(options);
  const { organizationId, connectionId } = await insertConnectedOrganization(
    parley,
    'Interview Acme',
    'admin@acme.test',
    [
      { role: 'admin' },
      { role: 'recruiter' },
      { role: 'interviewer' },
      { role: 'interviewer', email: 'second@interview-acme.test', name: 'Second Interviewer' },
    ],
  );
  const db = parley.database.db;
  const { jobId, stageId, addApplication } = await insertInterviewJob(db, organizationId);
  let candidateCount = 0;
  const world: InterviewWorld = {
    parley,
    organizationId,
    connectionId,
    admin: await parley.login('admin@interview-acme.test'),
    recruiter: await parley.login('recruiter@interview-acme.test'),
    interviewer: await parley.login('interviewer@interview-acme.test'),
    otherInterviewer: await parley.login('second@interview-acme.test'),
    stageId,
    jobId,
    async newApplication(candidateName = 'Ada King') {
      candidateCount++;
      const { applicationId } = await addApplication({
        name: candidateName,
        email: `candidate${candidateCount}@example.com`,
        timeZone: 'Asia/Tokyo',
        language: 'ja',
      });
      return applicationId;
    },
    async addHosts(hosts) {
      const ids: Record<string, string> = {};
      for (const host of hosts) {
        const [row] = await db
          .insert(zoomHostCandidates)
          .values({
            organizationId,
            zoomAccountId: (await connectionAccount(parley, connectionId))!,
            zoomUserId: zoomIdOf(parley, host.email),
            email: host.email,
            customLabel: host.label ?? host.email,
            type: host.type ?? 2,
            status: host.status ?? 'active',
            concurrentMeetings: host.concurrentMeetings ?? 1,
          })
          .returning();
        ids[host.email] = row!.id;
      }
      return ids;
    },
    async requestSchedule(spec) {
      return parley.request({
        method: 'POST',
        url: '/api/interviews',
        as: world.recruiter,
        payload: {
          applicationId: spec.applicationId ?? (await world.newApplication()),
          startAt: spec.startAt,
          timeZone: spec.timeZone ?? 'UTC',
          durationMinutes: spec.durationMinutes ?? 60,
          locationKind: 'zoom',
          video: true,
          host: spec.host ?? { kind: 'automatic' },
          ...(spec.interviewerIds ? { interviewerIds: spec.interviewerIds } : {}),
        },
      });
    },
    async schedule({ until = 'confirmed', ...spec }) {
      const response = await world.requestSchedule(spec);
      if (response.statusCode !== 201) {
        throw new Error(`scheduling answered ${response.statusCode}: ${response.body}`);
      }
      const interview = response.json().interview;
      return until === null ? interview : interviewWhen(world, interview.id, until);
    },
    requestAs: (as, method, url, payload) => parley.request({ method, url, as, payload }),
    close: () => parley.close(),
  };
  return world;
}

/**
 * Kim and Lee on two seeded acme users: equally free hosts, Kim first by label, the pair most scenarios
 * choose between.
 */
export function kimAndLee(kimEmail = 'member1@acme.test', leeEmail = 'member2@acme.test'): HostSpec[] {
  return [
    { email: kimEmail, label: 'Kim' },
    { email: leeEmail, label: 'Lee' },
  ];
}

/** Kim alone on a seeded acme user, allowed two meetings at once. */
export const kimForTwoMeetings: HostSpec = {
  email: 'member1@acme.test',
  label: 'Kim',
  concurrentMeetings: 2,
};

/** {@link createInterviewWorld} with hosts added from the start, and their host candidate ids by e-mail. */
export interface InterviewTestWorld extends InterviewWorld {
  hosts: Record<string, string>;
}

/** What an interview test world starts with: the app's options, and the hosts to add (none unless said). */
export interface InterviewTestWorldOptions extends TestAppOptions {
  hosts?: readonly HostSpec[];
}

/** {@link createInterviewWorld} with these hosts added, one object with their ids as `hosts`. */
export async function createInterviewTestWorld({
  hosts = [],
  ...options
}: InterviewTestWorldOptions = {}): Promise<InterviewTestWorld> {
  const world = await createInterviewWorld(options);
  return Object.assign(world, { hosts: await world.addHosts(hosts) });
}

/**
 * The interview world of a test file: started (with its hosts) in the file's beforeAll, closed in its
 * afterAll. A file's own beforeAll, registered after this call, runs once the world is there.
 */
export function useInterviewTestWorld(options: InterviewTestWorldOptions = {}): InterviewTestWorld {
  return useWorld(() => createInterviewTestWorld(options));
}

/**
 * Confirmed 60-minute Zoom interviews on one host, each on a December day of its own at 10:00 Berlin, so
 * that no interview finds the host busy with an earlier one. The December is next year's: a fixed year's
 * days pass, and the reconcile job leaves alone a meeting that starts within minutes or has begun.
 */
export function interviewsOnDaysOfTheirOwn() {
  const month = `${new Date().getUTCFullYear() + 1}-12`;
  let day = 0;
  return {
    /** The date (`YYYY-12-DD`) of the latest interview, or of the one `daysBefore` it. */
    date: (daysBefore = 0) => `${month}-${String(day - daysBefore).padStart(2, '0')}`,
    next(world: InterviewWorld, hostCandidateId: string) {
      day++;
      return world.schedule({
        startAt: `${month}-${String(day).padStart(2, '0')}T10:00`,
        timeZone: 'Europe/Berlin',
        host: { kind: 'host_candidate', hostCandidateId },
      });
    },
  };
}

/** Zoom refusing, `count` times, to create a meeting on a host who may not host (3161). */
export function hostingNotAllowed(count: number): FaultSpec {
  return {
    route: 'POST /v2/users/{userId}/meetings',
    status: 400,
    code: 3161,
    message: 'Meeting hosting is not allowed for this user.',
    count,
  };
}

/** A change the recruiter makes through the API (POST unless said). */
export function changeAsRecruiter(
  world: InterviewWorld,
  url: string,
  payload: Record<string, unknown>,
  method: 'POST' | 'PATCH' = 'POST',
) {
  return world.parley.request({ method, url, as: world.recruiter, payload });
}

/** The interview as the API shows it to the recruiter. */
export async function interviewAsRecruiter(world: InterviewWorld, interviewId: string) {
  const response = await world.parley.request({
    method: 'GET',
    url: `/api/interviews/${interviewId}`,
    as: world.recruiter,
  });
  return response.json().interview;
}

/** A candidate to add, as the recruiting pages would store one. */
export interface CandidateSpec {
  name: string;
  email: string;
  timeZone: string;
  language: Language;
}

/**
 * A job with a 60-minute interview stage on Zoom's default meeting settings, as a recruiter would set it up,
 * and a way to add a candidate's application in that stage. Every world that schedules interviews (the
 * scenario suites, the crash test, the admin incident tests) builds on it.
 */
export async function insertInterviewJob(db: Db, organizationId: string, title = 'Backend Engineer') {
  const [job] = await db
    .insert(jobs)
    .values({ organizationId, title, employmentType: 'full_time', language: 'en' })
    .returning();
  const [stage] = await db
    .insert(jobStages)
    .values({
      organizationId,
      jobId: job!.id,
      name: 'Technical interview',
      position: 1,
      isInterview: true,
      defaultDurationMinutes: 60,
      zoomMeetingSettings: defaultStageZoomMeetingSettings,
      topicTemplate: '{stage}: {candidate} ({job})',
    })
    .returning();
  const jobId = job!.id;
  const stageId = stage!.id;
  return {
    jobId,
    stageId,
    async addApplication(spec: CandidateSpec) {
      const [candidate] = await db
        .insert(candidates)
        .values({ organizationId, ...spec })
        .returning();
      const [application] = await db
        .insert(applications)
        .values({ organizationId, candidateId: candidate!.id, jobId, stageId })
        .returning();
      return { applicationId: application!.id, candidateId: candidate!.id };
    },
  };
}

async function connectionAccount(parley: ZoomTestApp, connectionId: string) {
  const [row] = await parley.database.db
    .select()
    .from(zoomConnections)
    .where(eq(zoomConnections.id, connectionId));
  return row?.zoomAccountId;
}

/** The emulator's meetings, every account. */
export function emulatorMeetings(parley: ZoomTestApp): MeetingSnapshot[] {
  return parley.emulator.control.snapshot().accounts.flatMap((account) => account.meetings);
}

/** The emulator's meeting with this Zoom id, if Zoom has it. */
export function emulatorMeeting(parley: ZoomTestApp, zoomMeetingId: string): MeetingSnapshot | undefined {
  return emulatorMeetings(parley).find((meeting) => String(meeting.id) === zoomMeetingId);
}

/** Waits until the interview's state is `state` and returns the interview as the API shows it to `as`. */
export async function interviewWhen(
  world: InterviewWorld,
  interviewId: string,
  state: string,
  as: TestSession = world.recruiter,
) {
  return eventually(async () => {
    const response = await world.parley.request({ method: 'GET', url: `/api/interviews/${interviewId}`, as });
    const interview = response.json().interview;
    return interview?.state === state ? interview : undefined;
  });
}

/** Parley's recorded Zoom calls of an interview, oldest first. */
export async function meetingCallsOf(world: InterviewWorld, interviewId: string) {
  return world.parley.database.db
    .select()
    .from(zoomMeetingCalls)
    .where(eq(zoomMeetingCalls.interviewId, interviewId))
    .orderBy(zoomMeetingCalls.at);
}

/** The interview's meeting rows, every state. */
export async function meetingRowsOf(world: InterviewWorld, interviewId: string) {
  return world.parley.database.db
    .select()
    .from(zoomMeetings)
    .where(eq(zoomMeetings.interviewId, interviewId));
}

/** The stored interview row. */
export async function interviewRow(world: InterviewWorld, interviewId: string) {
  const [row] = await world.parley.database.db
    .select()
    .from(interviews)
    .where(eq(interviews.id, interviewId));
  return row!;
}
