import { and, asc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { interviewMessages } from '../../db/interview-message-schema.ts';
import { applications, candidates } from '../../db/recruiting-schema.ts';
import { devMailMessages } from '../../db/schema.ts';
import {
  createInterviewTestWorld,
  type HostSpec,
  type InterviewWorld,
  interviewWhen,
} from '../../interviews/testing/interview-test-world.ts';
import { eventually, type TestAppOptions, type TestSession } from '../../test/create-test-app.ts';
import { useWorld } from '../../test/use-world.ts';

/** An interview world with these hosts (Kim alone unless said) and the readers of {@link setUpReaders}. */
export async function createInterviewMessageWorld(
  options: TestAppOptions = {},
  hostSpecs: readonly HostSpec[] = [{ email: 'member1@acme.test', label: 'Kim' }],
): Promise<InterviewWorld> {
  const world = await createInterviewTestWorld({ ...options, hosts: hostSpecs });
  await setUpReaders(world);
  return world;
}

/** {@link createInterviewMessageWorld} started in the test file's beforeAll and closed in its afterAll. */
export function useInterviewMessageWorld(
  options: TestAppOptions = {},
  hostSpecs?: readonly HostSpec[],
): InterviewWorld {
  return useWorld(() => createInterviewMessageWorld(options, hostSpecs));
}

/**
 * The people of the invitation tests: the candidate reads Japanese in Tokyo (the interview world's
 * candidates do), the interviewer German in Berlin, the recruiter English in New York and asks for the
 * invitations of the interviews they schedule — set through the profile, as a user would.
 */
export async function setUpReaders(world: InterviewWorld): Promise<void> {
  const profile = async (as: TestSession, payload: Record<string, unknown>) => {
    const response = await world.parley.request({ method: 'PATCH', url: '/api/me', as, payload });
    expect(response.statusCode).toBe(200);
  };
  await profile(world.interviewer, { language: 'de', timeZone: 'Europe/Berlin' });
  await profile(world.recruiter, {
    language: 'en',
    timeZone: 'America/New_York',
    receivesInterviewInvitations: true,
  });
}

/** A new application whose candidate has the address `email` (a mailbox a test's mail server treats its way). */
export async function applicationOf(world: InterviewWorld, name: string, email: string): Promise<string> {
  const applicationId = await world.newApplication(name);
  const [application] = await world.parley.database.db
    .select()
    .from(applications)
    .where(eq(applications.id, applicationId));
  await world.parley.database.db
    .update(candidates)
    .set({ email })
    .where(eq(candidates.id, application!.candidateId));
  return applicationId;
}

/** Schedules a Zoom interview with the world's interviewer on the host `hostLabel`, and waits until it is confirmed. */
export async function scheduleConfirmed(
  world: InterviewWorld,
  input: {
    startAt: string;
    timeZone: string;
    hostLabel: string;
    candidateName?: string;
    applicationId?: string;
  },
) {
  const hosts = await world.parley.request({
    method: 'GET',
    url: '/api/zoom/host-candidates',
    as: world.recruiter,
  });
  const host = hosts.json().hosts.find((entry: { label: string }) => entry.label === input.hostLabel);
  const response = await world.parley.request({
    method: 'POST',
    url: '/api/interviews',
    as: world.recruiter,
    payload: {
      applicationId: input.applicationId ?? (await world.newApplication(input.candidateName)),
      startAt: input.startAt,
      timeZone: input.timeZone,
      durationMinutes: 45,
      locationKind: 'zoom',
      video: true,
      interviewerIds: [world.interviewer.userId],
      host: { kind: 'host_candidate', hostCandidateId: host.id },
    },
  });
  expect(response.statusCode).toBe(201);
  return interviewWhen(world, response.json().interview.id, 'confirmed');
}

/** The interview's message rows by version, then candidate, interviewer, recruiter. */
export function messageRowsOf(world: InterviewWorld, interviewId: string) {
  return world.parley.database.db
    .select()
    .from(interviewMessages)
    .where(eq(interviewMessages.interviewId, interviewId))
    .orderBy(asc(interviewMessages.interviewVersion), asc(interviewMessages.role));
}

/** Waits until the interview has `count` messages and none is still queued or retrying. */
export function settledMessages(world: InterviewWorld, interviewId: string, count: number) {
  return eventually(async () => {
    const rows = await messageRowsOf(world, interviewId);
    const settled = rows.every((row) => row.state === 'delivered' || row.state === 'failed');
    return rows.length === count && settled ? rows : undefined;
  });
}

/** The caught mail to `email` with the subject containing `subjectPart`, oldest first. */
export async function caughtMail(world: InterviewWorld, email: string) {
  const rows = await world.parley.database.db
    .select()
    .from(devMailMessages)
    .where(and(eq(devMailMessages.organizationId, world.organizationId)))
    .orderBy(asc(devMailMessages.receivedAt));
  return rows.filter((row) => row.to.some((address) => address.includes(email)));
}
