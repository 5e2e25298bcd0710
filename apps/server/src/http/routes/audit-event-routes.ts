import { auditEventPageSchema, auditEventQuerySchema, errorSchema } from '@parley/api-contract';
import { listAuditEvents } from '../../audit/list-audit-events.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';

/** `GET /api/audit-events` (admin): the organization's audit log, newest first, with filters. */
export function registerAuditEventRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/audit-events',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['audit'],
        summary: 'The audit log of the organization, newest first',
        querystring: auditEventQuerySchema,
        response: {
          200: auditEventPageSchema,
          400: errorSchema,
        },
      },
    },
    async (request) => {
      const { from, to, ...filter } = request.query;
      const page = await listAuditEvents(services.database.db, request.session!.actor, {
        ...filter,
        from: from === undefined ? undefined : new Date(from),
        to: to === undefined ? undefined : new Date(to),
      });
      return {
        events: page.events.map((event) => ({ ...event, at: event.at.toISOString() })),
        nextBefore: page.nextBefore,
      };
    },
  );
}
