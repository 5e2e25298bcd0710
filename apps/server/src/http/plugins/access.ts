import type { Role } from '@parley/api-contract';
import type { FastifyInstance } from 'fastify';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';

/** Who may call a route: anyone, any signed-in user, or signed-in users with one of the roles. */
export type Access = 'public' | 'signed-in' | readonly Role[];

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Required on every `/api` route; checked before the body is read. */
    access?: Access;
  }
}

/**
 * Role-based access control. Every `/api` route must declare `config.access` (start-up fails
 * otherwise); requests without a session get 401 UNAUTHENTICATED, the wrong role 403 FORBIDDEN.
 */
export function registerAccessControl(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    if (
      route.url.startsWith('/api/') &&
      !route.url.startsWith('/api/docs') &&
      route.config?.access === undefined
    ) {
      throw new Error(`Route ${route.method} ${route.url} does not declare config.access`);
    }
  });
  app.addHook('onRequest', async (request) => {
    const access = request.routeOptions.config.access;
    if (access === undefined || access === 'public') return;
    if (!request.session) throw new AppError(AppErrorCode.Unauthenticated);
    if (access !== 'signed-in' && !access.includes(request.session.actor.role)) {
      throw new AppError(AppErrorCode.Forbidden);
    }
  });
}
