import type { ZoomEmulator } from '@parley/zoom-emulator';
import { expect } from 'vitest';
import { DEMO_PASSWORD } from './start-parley.ts';

/** A signed-in person driving Parley's HTTP API (session cookie and CSRF header), as the web app does. */
export interface ApiSession {
  request<Result = unknown>(method: string, path: string, body?: unknown): Promise<Result>;
}

/** Signs in `email` (a demo account) and returns a session for API calls. */
export async function apiSession(baseUrl: string, email: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(login.status, `login of ${email}`).toBe(200);
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    async request<Result>(method: string, path: string, body?: unknown): Promise<Result> {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${text}`);
      return (text ? JSON.parse(text) : undefined) as Result;
    },
  };
}

/**
 * Connects the demo organization to the emulator's `acme` account with the Server-to-Server app, syncs its
 * users and makes `member1@acme.test` (labelled Kim) the one host candidate, as an admin would in Settings.
 */
export async function connectDemoZoom(baseUrl: string, emulator: ZoomEmulator): Promise<void> {
  const admin = await apiSession(baseUrl, 'admin@demo.test');
  const acme = emulator.control.snapshot().accounts.find((account) => account.key === 'acme')!;
  await admin.request('PUT', '/api/zoom/organization/server-to-server', {
    accountId: acme.id,
    clientId: 'parley-s2s',
    clientSecret: 'parley-s2s-secret',
  });
  await admin.request('POST', '/api/zoom/account-users/sync');
  const kim = acme.users.find((user) => user.email === 'member1@acme.test')!;
  await admin.request('PUT', '/api/zoom/host-candidates', { hosts: [{ zoomUserId: kim.id, label: 'Kim' }] });
}

interface BoardAnswer {
  columns: { stageId: string; applications: { id: string; candidate: { name: string } }[] }[];
}

interface JobAnswer {
  id: string;
  title: string;
  stages: { id: string; isInterview: boolean; position: number }[];
}

/**
 * The `index`-th active application on the board of the job titled `jobTitle`, moved into the job's first
 * interview stage: its id and candidate name.
 */
export async function applicationInInterviewStage(
  recruiter: ApiSession,
  jobTitle: string,
  index: number,
): Promise<{ applicationId: string; candidateName: string }> {
  const { jobs } = await recruiter.request<{ jobs: { id: string; title: string }[] }>('GET', '/api/jobs');
  const jobId = jobs.find((job) => job.title === jobTitle)!.id;
  const job = await recruiter.request<JobAnswer>('GET', `/api/jobs/${jobId}`);
  const interviewStage = [...job.stages]
    .sort((a, b) => a.position - b.position)
    .find((stage) => stage.isInterview)!;
  const board = await recruiter.request<BoardAnswer>('GET', `/api/jobs/${jobId}/board`);
  const cards = board.columns.flatMap((column) => column.applications);
  const card = cards[index]!;
  const full = await recruiter.request<{ application: { version: number; stageId: string } }>(
    'GET',
    `/api/applications/${card.id}`,
  );
  if (full.application.stageId !== interviewStage.id) {
    await recruiter.request('POST', `/api/applications/${card.id}/move`, {
      stageId: interviewStage.id,
      version: full.application.version,
    });
  }
  return { applicationId: card.id, candidateName: card.candidate.name };
}

/** The interview as `GET /api/interviews/:id` answers (the fields the tests look at). */
export interface InterviewAnswer {
  id: string;
  state: string;
  version: number;
  meeting: { state: string; zoomMeetingId: string | null; joinUrl: string | null } | null;
}

/** Schedules a 45-minute Zoom interview at `startAt` (wall-clock time in Berlin) with the automatic host. */
export async function scheduleZoomInterview(
  recruiter: ApiSession,
  applicationId: string,
  startAt: string,
): Promise<InterviewAnswer> {
  const { interview } = await recruiter.request<{ interview: InterviewAnswer }>('POST', '/api/interviews', {
    applicationId,
    startAt,
    timeZone: 'Europe/Berlin',
    durationMinutes: 45,
    locationKind: 'zoom',
    video: true,
  });
  return interview;
}

/** A wall-clock time `days` from now at `hour`:00, as `YYYY-MM-DDTHH:00` (read in the interview's zone). */
export function daysFromNow(days: number, hour: number): string {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
}
