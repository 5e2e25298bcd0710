import {
  errorSchema,
  idParamsSchema,
  mailboxMessageListSchema,
  mailboxMessageSchema,
} from '@parley/api-contract';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { getDevMail, listDevMail } from '../../mail/read-dev-mailbox.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';

/** The development mailbox: mail caught by the embedded SMTP server, for admins of that organization. */
export function registerDevMailboxRoutes(app: ApiApp, services: Services): void {
  const requireMailbox = async () => {
    if (!services.devMailbox) throw new AppError(AppErrorCode.NotFound);
  };

  app.get(
    '/api/dev/mailbox',
    {
      config: { access: ['admin'] },
      preHandler: requireMailbox,
      schema: {
        tags: ['development'],
        summary: 'Caught mail of your organization, newest first (embedded mail catcher only)',
        response: { 200: mailboxMessageListSchema, 404: errorSchema },
      },
    },
    async (request) => {
      const messages = await listDevMail(services.database.db, request.session!.actor);
      return {
        messages: messages.map((message) => ({ ...message, receivedAt: message.receivedAt.toISOString() })),
      };
    },
  );

  app.get(
    '/api/dev/mailbox/:id',
    {
      config: { access: ['admin'] },
      preHandler: requireMailbox,
      schema: {
        tags: ['development'],
        summary: 'One caught message with its text and HTML bodies',
        params: idParamsSchema,
        response: { 200: mailboxMessageSchema, 404: errorSchema },
      },
    },
    async (request) => {
      const message = await getDevMail(services.database.db, request.session!.actor, request.params.id);
      return { ...message, receivedAt: message.receivedAt.toISOString() };
    },
  );
}
