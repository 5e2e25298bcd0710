import { startZoomEmulator, type ZoomEmulator } from '@parley/zoom-emulator';
import type { Page } from 'playwright-core';
import { useWorld } from '../../apps/server/src/test/use-world.ts';
import { type ApiSession, signInApi } from './api-session.ts';
import { type BrowserWorld, type LogInOptions, startBrowserWorld, startInOrder } from './browser-world.ts';

/** A host candidate to choose: the emulator's Zoom user by e-mail, and the label Parley shows. */
export interface DemoHost {
  email: string;
  label: string;
}

const kimAndLee: DemoHost[] = [
  { email: 'member1@acme.test', label: 'Kim' },
  { email: 'member2@acme.test', label: 'Lee' },
];

/**
 * Connects the demo organization to the emulator's `acme` account with the Server-to-Server app, syncs its
 * users and makes `chosen` (by default `member1@acme.test` as Kim and `member2@acme.test` as Lee) its host
 * candidates, as an admin would in Settings. Returns the host candidates' ids by label.
 */
export async function connectDemoZoom(
  baseUrl: string,
  emulator: ZoomEmulator,
  chosen: DemoHost[] = kimAndLee,
): Promise<Record<string, string>> {
  const admin = await signInApi(baseUrl, 'admin@demo.test');
  const acme = emulator.control.snapshot().accounts.find((account) => account.key === 'acme')!;
  await admin.request('PUT', '/api/zoom/organization/server-to-server', {
    accountId: acme.id,
    clientId: 'parley-s2s',
    clientSecret: 'parley-s2s-secret',
  });
  await admin.request('POST', '/api/zoom/account-users/sync');
  const zoomIdOf = (email: string) => acme.users.find((user) => user.email === email)!.id;
  const { hosts } = await admin.request<{ hosts: { id: string; label: string }[] }>(
    'PUT',
    '/api/zoom/host-candidates',
    { hosts: chosen.map((host) => ({ zoomUserId: zoomIdOf(host.email), label: host.label })) },
  );
  return Object.fromEntries(hosts.map((host) => [host.label, host.id]));
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

/** Schedules a 45-minute Zoom interview at `startAt` (wall-clock time in Berlin), the automatic host by default. */
export async function scheduleZoomInterview(
  recruiter: ApiSession,
  applicationId: string,
  startAt: string,
  hostCandidateId?: string,
): Promise<InterviewAnswer> {
  const { interview } = await recruiter.request<{ interview: InterviewAnswer }>('POST', '/api/interviews', {
    applicationId,
    startAt,
    timeZone: 'Europe/Berlin',
    durationMinutes: 45,
    locationKind: 'zoom',
    video: true,
    ...(hostCandidateId && { host: { kind: 'host_candidate', hostCandidateId } }),
  });
  return interview;
}

/** A wall-clock time `days` from now at `hour`:00, as `YYYY-MM-DDTHH:00` (read in the interview's zone). */
export function daysFromNow(days: number, hour: number): string {
  const day = new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00`;
}

/** Parley talking to a standalone Zoom emulator over HTTP, a browser, and API sessions to set things up. */
export interface InterviewWorld extends BrowserWorld {
  emulator: ZoomEmulator;
  recruiter: ApiSession;
  admin: ApiSession;
  /** The host candidates' ids by label (none when Zoom was left unconnected). */
  hostIds: Record<string, string>;
  /**
   * A page in a fresh browser context (another person) logged in as `email`, after saving `language` as
   * their language when one is given.
   */
  logInPerson: (email: string, options?: LogInOptions & { language?: string }) => Promise<Page>;
  /**
   * Schedules, as the recruiter, a Zoom interview for the `index`-th application of a demo job, moved into
   * its interview stage first ({@link applicationInInterviewStage}, {@link scheduleZoomInterview}).
   */
  scheduleInterview: (spec: InterviewToSchedule) => Promise<ScheduledInterview>;
  /** The interview as the API shows it to the recruiter now. */
  interviewNow: (id: string) => Promise<InterviewAnswer>;
}

/** An interview for {@link InterviewWorld.scheduleInterview} to schedule. */
export interface InterviewToSchedule {
  /** The demo job whose application it is for ('Senior Backend Engineer' unless said). */
  job?: string;
  /** Which of the job's active applications. */
  index: number;
  /** It starts `days` from now at `hour`:00, Berlin wall-clock time. */
  days: number;
  hour: number;
  /** A named host; Parley's choice unless given. */
  hostCandidateId?: string;
}

/** An interview scheduled through the API, and the application and candidate it is for. */
export interface ScheduledInterview {
  interview: InterviewAnswer;
  applicationId: string;
  candidateName: string;
}

export interface InterviewWorldOptions {
  /** The emulator apps whose event subscriptions point at Parley's /webhooks/zoom (none by default). */
  webhookApps?: string[];
  /** The host candidates to connect Zoom with (Kim and Lee by default); `false` leaves Zoom unconnected. */
  hosts?: DemoHost[] | false;
}

/**
 * Starts the Zoom emulator and Parley pointed at it, subscribes `webhookApps` to Parley's webhooks (the
 * emulator validates the endpoint with its challenge, as Zoom does), launches the browser, connects the
 * demo organization's Zoom and signs in the recruiter and the admin over the API.
 */
export async function startInterviewWorld(options: InterviewWorldOptions = {}): Promise<InterviewWorld> {
  return startInOrder(async (onClose) => {
    const emulator = await startZoomEmulator({ port: 0, host: '127.0.0.1', testMode: true });
    onClose(() => emulator.close());
    const world = await startBrowserWorld({ ZOOM_OAUTH_URL: emulator.url, ZOOM_API_URL: emulator.url });
    onClose(() => world.close());
    const { parley, browser } = world;
    for (const clientId of options.webhookApps ?? []) {
      await emulator.control.updateApp(clientId, { webhookUrl: `${parley.url}/webhooks/zoom` });
    }
    const hostIds = options.hosts === false ? {} : await connectDemoZoom(parley.url, emulator, options.hosts);
    const recruiter = await signInApi(parley.url, 'recruiter@demo.test');
    const admin = await signInApi(parley.url, 'admin@demo.test');
    const logInPerson = async (
      email: string,
      { language, ...logIn }: LogInOptions & { language?: string } = {},
    ) => {
      if (language) await (await signInApi(parley.url, email)).request('PATCH', '/api/me', { language });
      const page = await browser.newPersonPage();
      await world.logIn(page, email, logIn);
      return page;
    };
    const scheduleInterview = async (spec: InterviewToSchedule): Promise<ScheduledInterview> => {
      const job = spec.job ?? 'Senior Backend Engineer';
      const { applicationId, candidateName } = await applicationInInterviewStage(recruiter, job, spec.index);
      const startAt = daysFromNow(spec.days, spec.hour);
      const interview = await scheduleZoomInterview(recruiter, applicationId, startAt, spec.hostCandidateId);
      return { interview, applicationId, candidateName };
    };
    const interviewNow = async (id: string) =>
      (await recruiter.request<{ interview: InterviewAnswer }>('GET', `/api/interviews/${id}`)).interview;
    return {
      emulator,
      parley,
      browser,
      logIn: world.logIn,
      recruiter,
      admin,
      hostIds,
      logInPerson,
      scheduleInterview,
      interviewNow,
    };
  });
}

/** An interview world (see startInterviewWorld) started before the file's tests and closed after them. */
export function useInterviewWorld(options: InterviewWorldOptions = {}): InterviewWorld {
  return useWorld(() => startInterviewWorld(options));
}
