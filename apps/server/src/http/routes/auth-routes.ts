import { errorSchema, loginBodySchema, meSchema, noContentSchema } from '@parley/api-contract';
import { logIn } from '../../accounts/log-in.ts';
import { deleteSession } from '../../accounts/sessions.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';
import { buildMeResponse } from '../me-response.ts';
import { clearSessionCookie, type SessionCookieOptions, setSessionCookie } from '../plugins/session.ts';

/** `POST /api/auth/login` and `POST /api/auth/logout`. */
export function registerAuthRoutes(app: ApiApp, services: Services, cookie: SessionCookieOptions): void {
  app.post(
    '/api/auth/login',
    {
      config: { access: 'public' },
      schema: {
        tags: ['auth'],
        summary: 'Sign in with email and password',
        body: loginBodySchema,
        response: { 200: meSchema, 401: errorSchema, 429: errorSchema },
      },
    },
    async (request, reply) => {
      const session = await logIn(services, { ...request.body, remoteAddress: request.ip });
      // A new sign-in replaces the session the browser had, if any.
      if (request.sessionToken) await deleteSession(services.database.db, request.sessionToken);
      setSessionCookie(reply, session.token, cookie);
      return buildMeResponse(services, session, session.token);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['auth'], summary: 'Sign out: end the session', response: { 204: noContentSchema } },
    },
    async (request, reply) => {
      await deleteSession(services.database.db, request.sessionToken!);
      clearSessionCookie(reply, cookie);
      return reply.code(204).send(null);
    },
  );
}
