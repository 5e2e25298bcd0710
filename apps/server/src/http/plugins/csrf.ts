import type { FastifyInstance, FastifyRequest } from 'fastify';
import { csrfTokenForSession } from '../../accounts/sessions.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { secretsEqual } from '../../secrets/tokens.ts';

const stateChangingMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * CSRF protection for `/api` (docs/api.md): a state-changing request with a session must carry
 * `x-csrf-token` equal to the session's CSRF token. Without a session (login, invitation acceptance),
 * an `Origin` header, when present, must be the server's own origin: PUBLIC_URL's, or the one the
 * request was addressed to (so the Vite dev server's proxy works).
 */
export function registerCsrfProtection(app: FastifyInstance, publicUrl: string): void {
  const publicOrigin = new URL(publicUrl).origin;
  app.addHook('onRequest', async (request) => {
    if (!stateChangingMethods.has(request.method) || !request.url.startsWith('/api/')) return;
    if (request.sessionToken) {
      const given = request.headers['x-csrf-token'];
      if (typeof given !== 'string' || !secretsEqual(given, csrfTokenForSession(request.sessionToken))) {
        throw new AppError(AppErrorCode.CsrfInvalid);
      }
      return;
    }
    const origin = request.headers.origin;
    if (origin !== undefined && origin !== publicOrigin && origin !== addressedOrigin(request)) {
      throw new AppError(AppErrorCode.CsrfInvalid);
    }
  });
}

function addressedOrigin(request: FastifyRequest): string | undefined {
  return request.host ? `${request.protocol}://${request.host}` : undefined;
}
