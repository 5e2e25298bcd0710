import {
  errorSchema,
  idParamsSchema,
  userAnswerSchema,
  userChangesSchema,
  userListSchema,
} from '@parley/api-contract';
import { z } from 'zod';
import { changeUserAccess } from '../../accounts/change-user-access.ts';
import { listUsers } from '../../accounts/list-users.ts';
import { unlockSignIn } from '../../accounts/unlock-sign-in.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';
import { toUserResponse } from '../api-responses.ts';

/** `GET /api/users`, `PATCH /api/users/:id` (role, active) and unlocking sign-in; admins only. */
export function registerUserRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/users',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['users'],
        summary: "The organization's users",
        response: { 200: userListSchema },
      },
    },
    async (request) => ({
      users: (await listUsers(services.database, request.session!.actor)).map(toUserResponse),
    }),
  );

  app.patch(
    '/api/users/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['users'],
        summary: 'Change a user’s role, or deactivate or reactivate them',
        params: idParamsSchema,
        body: userChangesSchema,
        response: { 200: userAnswerSchema, 404: errorSchema, 409: errorSchema },
      },
    },
    async (request) => {
      const user = await changeUserAccess(
        services.database,
        request.session!.actor,
        request.params.id,
        request.body,
      );
      return { user: toUserResponse(user) };
    },
  );

  app.post(
    '/api/users/:id/unlock-sign-in',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['users'],
        summary: 'Lift a user’s sign-in limits now (their failed sign-ins are forgotten)',
        params: idParamsSchema,
        response: { 204: z.null(), 404: errorSchema },
      },
    },
    async (request, reply) => {
      await unlockSignIn(services.database, request.session!.actor, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
