import { text } from '@parley/api-contract';
import { z } from 'zod';
import { listAuditEvents } from '../../audit/list-audit-events.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';
import { errorSchema } from '../api-schemas.ts';

const instant = z.iso.datetime({ offset: true });

/** An audit log entry (docs/zoom-api.md, `AuditEvent`). */
export const auditEventSchema = z
  .object({
    id: z.uuid(),
    at: z.iso.datetime(),
    action: z.string(),
    result: z.enum(['success', 'failure']),
    actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    zoomAccountId: z.string().nullable(),
    zoomUserEmail: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });

const auditEventQuerySchema = z.object({
  action: text().trim().min(1).max(100).optional(),
  actorUserId: z.guid().optional(),
  from: instant.optional(),
  to: instant.optional(),
  before: z.guid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

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
          200: z.object({ events: z.array(auditEventSchema), nextBefore: z.uuid().nullable() }),
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
