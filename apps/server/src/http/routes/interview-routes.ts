import {
  busyTimeSchema,
  busyTimesQuerySchema,
  cancelInterviewBodySchema,
  changeHostBodySchema,
  errorSchema,
  hostExplanationSchema,
  hostPreviewBodySchema,
  idParamsSchema,
  interviewSchema,
  listInterviewsQuerySchema,
  scheduleInterviewBodySchema,
  timeZoneSchema,
  updateInterviewBodySchema,
} from '@parley/api-contract';
import { z } from 'zod';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { getInterview } from '../../interviews/get-interview.ts';
import { previewHost } from '../../interviews/host-assignment/preview-host.ts';
import { startInterviewMeeting } from '../../interviews/meetings/start-interview-meeting.ts';
import { cancelInterview } from '../../interviews/scheduling/cancel-interview.ts';
import { changeInterviewHost } from '../../interviews/scheduling/change-interview-host.ts';
import { listBusyTimes } from '../../interviews/scheduling/list-busy-times.ts';
import { listInterviews } from '../../interviews/scheduling/list-interviews.ts';
import { retryInterviewMeeting } from '../../interviews/scheduling/retry-interview-meeting.ts';
import { scheduleInterview } from '../../interviews/scheduling/schedule-interview.ts';
import { updateInterview } from '../../interviews/scheduling/update-interview.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';

const editors = ['admin', 'recruiter'] as const;
const interviewResponse = z.object({ interview: interviewSchema });
const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema, 502: errorSchema };
const idList = (value: string) =>
  value
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
const uuidList = z.array(z.uuid()).max(100);

/** The ids of a comma-separated query field; a malformed list is a 400 for that field, not a 500. */
function parseIdList(value: string, field: string): string[] {
  const parsed = uuidList.safeParse(idList(value));
  if (parsed.success) return parsed.data;
  throw new AppError(AppErrorCode.ValidationFailed, {
    details: [{ path: field, message: 'validation.idList' }],
  });
}

/**
 * Interviews and their Zoom meetings (docs/interviews.md): schedule, preview the host, reschedule, change
 * host, cancel, retry, start; lists and busy times for the calendar. Admins and recruiters change;
 * interviewers read the interviews they are on.
 */
export function registerInterviewRoutes(app: ApiApp, services: Services): void {
  registerInterviewSchedulingRoutes(app, services);
  registerInterviewReadRoutes(app, services);
  registerInterviewChangeRoutes(app, services);
  registerInterviewMeetingRoutes(app, services);
}

/** Previewing the host and scheduling an interview. */
function registerInterviewSchedulingRoutes(app: ApiApp, services: Services): void {
  app.post(
    '/api/interviews/host-preview',
    {
      config: { access: editors },
      schema: {
        tags: ['interviews'],
        summary: 'Who would host an interview at this time, and why (nothing is created)',
        body: hostPreviewBodySchema.extend({ timeZone: timeZoneSchema }),
        response: {
          200: z.object({
            explanation: hostExplanationSchema,
            startAt: z.iso.datetime(),
            endAt: z.iso.datetime(),
          }),
          ...errors,
        },
      },
    },
    async (request) => {
      const preview = await previewHost(services.database.db, request.session!.actor, request.body);
      return { ...preview, startAt: preview.startAt.toISOString(), endAt: preview.endAt.toISOString() };
    },
  );

  app.post(
    '/api/interviews',
    {
      config: { access: editors },
      schema: {
        tags: ['interviews'],
        summary: 'Schedule an interview; its Zoom meeting is created in the background',
        body: scheduleInterviewBodySchema.extend({ timeZone: timeZoneSchema }),
        response: { 201: interviewResponse, ...errors },
      },
    },
    async (request, reply) => {
      const actor = request.session!.actor;
      const id = await scheduleInterview(services, actor, request.body);
      reply.code(201);
      return { interview: await getInterview(services, actor, id) };
    },
  );
}

/** Listing interviews, the busy times of hosts, and one interview. */
function registerInterviewReadRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/interviews',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['interviews'],
        summary: 'Interviews the caller may see (interviewers: those they are on), filtered',
        querystring: listInterviewsQuerySchema,
        response: { 200: z.object({ interviews: z.array(interviewSchema) }), 400: errorSchema },
      },
    },
    async (request) => ({
      interviews: await listInterviews(services, request.session!.actor, request.query),
    }),
  );

  app.get(
    '/api/interviews/busy',
    {
      config: { access: editors },
      schema: {
        tags: ['interviews'],
        summary: 'Busy times of interviewers and hosts between two instants (the calendar week)',
        querystring: busyTimesQuerySchema,
        response: { 200: z.object({ busy: z.array(busyTimeSchema) }), 400: errorSchema },
      },
    },
    async (request) => {
      const { from, to } = request.query;
      const userIds = parseIdList(request.query.userIds, 'userIds');
      const hostCandidateIds = parseIdList(request.query.hostCandidateIds, 'hostCandidateIds');
      const busy = await listBusyTimes(services.database.db, request.session!.actor, {
        from: new Date(from),
        to: new Date(to),
        userIds,
        hostCandidateIds,
      });
      return { busy };
    },
  );

  app.get(
    '/api/interviews/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['interviews'],
        summary: 'One interview',
        params: idParamsSchema,
        response: { 200: interviewResponse, ...errors },
      },
    },
    async (request) => ({
      interview: await getInterview(services, request.session!.actor, request.params.id),
    }),
  );
}

/** Changing, re-hosting and cancelling an interview. */
function registerInterviewChangeRoutes(app: ApiApp, services: Services): void {
  app.patch(
    '/api/interviews/:id',
    {
      config: { access: editors },
      schema: {
        tags: ['interviews'],
        summary: 'Reschedule or edit an interview (the same Zoom meeting is updated)',
        params: idParamsSchema,
        body: updateInterviewBodySchema.extend({ timeZone: timeZoneSchema.optional() }),
        response: { 200: interviewResponse, ...errors },
      },
    },
    async (request) => {
      const actor = request.session!.actor;
      await updateInterview(services, actor, request.params.id, request.body);
      return { interview: await getInterview(services, actor, request.params.id) };
    },
  );

  app.post(
    '/api/interviews/:id/host',
    {
      config: { access: editors },
      schema: {
        tags: ['interviews'],
        summary: 'Move the meeting to another host (new meeting first, then the old one is deleted)',
        params: idParamsSchema,
        body: changeHostBodySchema,
        response: { 200: interviewResponse.extend({ changed: z.boolean() }), ...errors },
      },
    },
    async (request) => {
      const actor = request.session!.actor;
      const { changed } = await changeInterviewHost(services, actor, request.params.id, request.body);
      return { changed, interview: await getInterview(services, actor, request.params.id) };
    },
  );

  app.post(
    '/api/interviews/:id/cancel',
    {
      config: { access: editors },
      schema: {
        tags: ['interviews'],
        summary: 'Cancel an interview; its Zoom meeting is deleted',
        params: idParamsSchema,
        body: cancelInterviewBodySchema,
        response: { 200: interviewResponse, ...errors },
      },
    },
    async (request) => {
      const actor = request.session!.actor;
      await cancelInterview(services, actor, request.params.id, request.body);
      return { interview: await getInterview(services, actor, request.params.id) };
    },
  );
}

/** The Zoom meeting behind an interview: retry its creation, start it. */
function registerInterviewMeetingRoutes(app: ApiApp, services: Services): void {
  app.post(
    '/api/interviews/:id/meeting/retry',
    {
      config: { access: editors },
      schema: {
        tags: ['interviews'],
        summary: 'Try the failed Zoom work of an interview again',
        params: idParamsSchema,
        body: z.object({ version: z.number().int().min(1) }),
        response: { 200: interviewResponse, ...errors },
      },
    },
    async (request) => {
      const actor = request.session!.actor;
      await retryInterviewMeeting(services, actor, request.params.id, request.body);
      return { interview: await getInterview(services, actor, request.params.id) };
    },
  );

  app.get(
    '/api/interviews/:id/meeting/start',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['interviews'],
        summary:
          'Start the meeting: redirects to a start link fetched from Zoom now (host and scheduling recruiter only)',
        params: idParamsSchema,
        response: { 303: z.null(), ...errors },
      },
    },
    async (request, reply) => {
      const startUrl = await startInterviewMeeting(services, request.session!.actor, request.params.id);
      return reply
        .header('cache-control', 'no-store')
        .header('referrer-policy', 'no-referrer')
        .redirect(startUrl, 303);
    },
  );
}
