import {
  flaggedInterviewSchema,
  meetingGuardBodySchema,
  meetingGuardSchema,
  revalidationSchema,
} from '@parley/api-contract';
import { z } from 'zod';
import { listFlaggedInterviews } from '../../interviews/meetings/list-flagged-interviews.ts';
import {
  getMeetingGuard,
  requestReconcile,
  setMeetingGuard,
} from '../../interviews/meetings/meeting-guard.ts';
import { revalidateFlaggedInterviews } from '../../interviews/meetings/revalidate-flagged-interviews.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';

const admins = ['admin'] as const;

/**
 * The Zoom settings page's guard over meetings (docs/interviews.md): recreate meetings deleted in Zoom at
 * once or not, reconcile with Zoom now and see the last result, the interviews flagged by a broken
 * connection and their re-validation. Admins only.
 */
export function registerMeetingGuardRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/zoom/meeting-guard',
    {
      config: { access: admins },
      schema: {
        tags: ['zoom'],
        summary: 'Whether meetings deleted in Zoom are recreated at once, and the last reconcile run',
        response: { 200: meetingGuardSchema },
      },
    },
    async (request) => getMeetingGuard(services, request.session!.actor),
  );
  app.put(
    '/api/zoom/meeting-guard',
    {
      config: { access: admins },
      schema: {
        tags: ['zoom'],
        summary: 'Choose whether meetings deleted in Zoom are recreated at once',
        body: meetingGuardBodySchema,
        response: { 200: meetingGuardSchema },
      },
    },
    async (request) => setMeetingGuard(services, request.session!.actor, request.body),
  );
  app.post(
    '/api/zoom/meeting-guard/reconcile',
    {
      config: { access: admins },
      schema: {
        tags: ['zoom'],
        summary:
          "Compare the upcoming interviews with the hosts' meetings in Zoom now (runs in the background)",
        response: { 202: meetingGuardSchema },
      },
    },
    async (request, reply) => reply.code(202).send(await requestReconcile(services, request.session!.actor)),
  );
  app.get(
    '/api/zoom/flagged-interviews',
    {
      config: { access: admins },
      schema: {
        tags: ['zoom'],
        summary: 'Upcoming interviews flagged because the Zoom connection their meeting depends on broke',
        response: { 200: z.object({ interviews: z.array(flaggedInterviewSchema) }) },
      },
    },
    async (request) => ({
      interviews: await listFlaggedInterviews(services.database.db, request.session!.actor),
    }),
  );
  app.post(
    '/api/zoom/flagged-interviews/revalidate',
    {
      config: { access: admins },
      schema: {
        tags: ['zoom'],
        summary:
          'After reconnecting: check each flagged interview (meeting still in Zoom, host able to host)',
        response: { 200: revalidationSchema },
      },
    },
    async (request) => revalidateFlaggedInterviews(services, request.session!.actor),
  );
}
