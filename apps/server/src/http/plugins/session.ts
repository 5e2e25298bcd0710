import type { FastifyInstance, FastifyReply } from 'fastify';
import { type ActiveSession, findActiveSession } from '../../accounts/sessions.ts';
import type { Database } from '../../db/database.ts';

/** Name of the session cookie (docs/api.md). */
const sessionCookieName = 'parley_session';

/**
 * A cookie script can read, set and cleared together with the HttpOnly session cookie: the web app asks
 * `GET /api/me` only when it is present, so anonymous pages do not log a 401 in the console.
 */
export const sessionHintCookieName = 'parley_has_session';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** A route outside `/api` that needs the session too (Zoom's OAuth callback). */
    readsSession?: boolean;
  }
  interface FastifyRequest {
    /** The signed-in user's session, or null. Looked up for `/api` requests and `readsSession` routes. */
    session: ActiveSession | null;
    /** The raw session token of a live session (for CSRF and logout), or null. */
    sessionToken: string | null;
  }
}

/** Cookie settings shared by setting and clearing the session cookie. */
export interface SessionCookieOptions {
  secure: boolean;
  ttlDays: number;
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Path=/, Secure when PUBLIC_URL is https. */
export function setSessionCookie(reply: FastifyReply, token: string, options: SessionCookieOptions): void {
  const attributes = {
    sameSite: 'lax',
    path: '/',
    secure: options.secure,
    maxAge: options.ttlDays * 86_400,
  } as const;
  reply.setCookie(sessionCookieName, token, { ...attributes, httpOnly: true });
  reply.setCookie(sessionHintCookieName, '1', { ...attributes, httpOnly: false });
}

/** Removes the session cookie (and its script-readable hint) from the browser. */
export function clearSessionCookie(reply: FastifyReply, options: SessionCookieOptions): void {
  const attributes = { sameSite: 'lax', path: '/', secure: options.secure } as const;
  reply.clearCookie(sessionCookieName, { ...attributes, httpOnly: true });
  reply.clearCookie(sessionHintCookieName, { ...attributes, httpOnly: false });
}

/**
 * Resolves the session cookie of every `/api` request (and of routes with `config.readsSession`) to
 * `request.session`. A session found past an hour since its last renewal is renewed, and the cookie is
 * sent again with a fresh Max-Age. A cookie whose session ended (logged out elsewhere, expired) is
 * cleared, so the web app stops asking.
 */
export function registerSessions(
  app: FastifyInstance,
  database: Database,
  cookie: SessionCookieOptions,
): void {
  app.decorateRequest('session', null);
  app.decorateRequest('sessionToken', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!request.url.startsWith('/api/') && !request.routeOptions.config.readsSession) return;
    const token = request.cookies[sessionCookieName];
    if (!token) return;
    const session = await findActiveSession(database.db, token, cookie.ttlDays);
    if (!session) {
      clearSessionCookie(reply, cookie);
      return;
    }
    request.session = session;
    request.sessionToken = token;
    if (session.renewed) setSessionCookie(reply, token, cookie);
  });
}
