import {
  errorSchema,
  meSchema,
  noContentSchema,
  passwordChangeSchema,
  profileChangesSchema,
} from '@parley/api-contract';
import { changePassword } from '../../accounts/change-password.ts';
import { updateProfile } from '../../accounts/update-profile.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';
import { buildMeResponse } from '../me-response.ts';

/** `GET /api/me`, `PATCH /api/me` (own name, language, time zone) and `POST /api/me/password`. */
export function registerMeRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/me',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['me'], summary: 'The signed-in user', response: { 200: meSchema } },
    },
    async (request) => buildMeResponse(services, request.session!.actor, request.sessionToken!),
  );

  app.patch(
    '/api/me',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['me'],
        summary: 'Change your name, language or time zone',
        body: profileChangesSchema,
        response: { 200: meSchema },
      },
    },
    async (request) => {
      await updateProfile(services.database, request.session!.actor, request.body);
      return buildMeResponse(services, request.session!.actor, request.sessionToken!);
    },
  );

  app.post(
    '/api/me/password',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['me'],
        summary: 'Change your password',
        description:
          'Checks the current password (a wrong one counts as a failed sign-in), sets the new one and ends every other session of the user. 204 on success.',
        body: passwordChangeSchema,
        response: { 204: noContentSchema, 400: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      await changePassword(services, request.session!.actor, {
        ...request.body,
        keepSessionId: request.session!.sessionId,
        remoteAddress: request.ip,
      });
      return reply.code(204).send(null);
    },
  );
}
