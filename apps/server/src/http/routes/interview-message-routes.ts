import { errorSchema, idParamsSchema, interviewMessageListSchema } from '@parley/api-contract';
import { z } from 'zod';
import { downloadInterviewCalendar } from '../../interviews/scheduling/download-interview-calendar.ts';
import { listInterviewMessages } from '../../notifications/delivery/list-interview-messages.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';

const errors = { 400: errorSchema, 404: errorSchema };

/**
 * What an interview's people were sent (docs/notifications.md): the message history for editors, and the
 * calendar file behind "Add to calendar" for everyone who may see the interview.
 */
export function registerInterviewMessageRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/interviews/:id/messages',
    {
      config: { access: ['admin', 'recruiter'] },
      schema: {
        tags: ['interviews'],
        summary: "The e-mails sent about an interview and the mail server's answers, newest first",
        params: idParamsSchema,
        response: { 200: interviewMessageListSchema, ...errors },
      },
    },
    async (request) => ({
      messages: await listInterviewMessages(services.database.db, request.session!.actor, request.params.id),
    }),
  );

  app.get(
    '/api/interviews/:id/calendar.ics',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['interviews'],
        summary: 'The interview as an iCalendar file (Add to calendar), in the reader’s language',
        params: idParamsSchema,
        response: { 200: z.string().meta({ description: 'text/calendar' }), ...errors },
      },
    },
    async (request, reply) => {
      const calendar = await downloadInterviewCalendar(services, request.session!.actor, request.params.id);
      return reply
        .header('content-type', 'text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="interview.ics"')
        .header('cache-control', 'no-store')
        .send(calendar);
    },
  );
}
