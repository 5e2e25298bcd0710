import { memberListSchema, meSchema, organizationChangesSchema } from '@parley/api-contract';
import { listMembers } from '../../accounts/list-members.ts';
import { updateOrganization } from '../../accounts/update-organization.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';
import { buildMeResponse } from '../me-response.ts';

/** `PATCH /api/organization` (admins: its time zone) and `GET /api/members` (admins and recruiters). */
export function registerOrganizationRoutes(app: ApiApp, services: Services): void {
  app.patch(
    '/api/organization',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['organization'],
        summary: "Change the organization's time zone",
        description: 'The zone new candidates start in when nobody chooses one. Answers the new `Me`.',
        body: organizationChangesSchema,
        response: { 200: meSchema },
      },
    },
    async (request) => {
      await updateOrganization(services.database, request.session!.actor, request.body);
      return buildMeResponse(services, request.session!.actor, request.sessionToken!);
    },
  );

  app.get(
    '/api/members',
    {
      config: { access: ['admin', 'recruiter'] },
      schema: {
        tags: ['organization'],
        summary: "The organization's active people (id, name, e-mail, role), for choosing a hiring team",
        response: { 200: memberListSchema },
      },
    },
    async (request) => ({ members: await listMembers(services.database, request.session!.actor) }),
  );
}
