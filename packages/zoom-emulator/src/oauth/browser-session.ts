import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteRequest } from '../http/route-types.ts';
import { createOpaqueToken } from '../state/ids.ts';
import type { ZoomUser } from '../state/types.ts';

/** Name of the emulator's web sign-in cookie. */
export const SESSION_COOKIE = 'zm_emulator_session';

/** Reads one cookie from the request. */
export function readCookie(request: RouteRequest, name: string): string | undefined {
  const header = request.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/** The signed-in, still active user of this browser, if any. */
export function currentSessionUser(context: EmulatorContext, request: RouteRequest): ZoomUser | undefined {
  const sessionId = readCookie(request, SESSION_COOKIE);
  const session = sessionId ? context.state.sessions.get(sessionId) : undefined;
  const user = session ? context.state.users.get(session.userId) : undefined;
  return user?.status === 'active' ? user : undefined;
}

/** Starts a session for `user`; returns the Set-Cookie header value. */
export function startSession(context: EmulatorContext, user: ZoomUser): string {
  const sessionId = createOpaqueToken();
  context.state.sessions.set(sessionId, { userId: user.id, createdAt: context.clock.now() });
  return `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Lax`;
}

/** Ends this browser's session; returns the Set-Cookie header value that clears it. */
export function endSession(context: EmulatorContext, request: RouteRequest): string {
  const sessionId = readCookie(request, SESSION_COOKIE);
  if (sessionId) context.state.sessions.delete(sessionId);
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0`;
}

/** Accepts only same-site paths as post-sign-in destinations (no open redirects). */
export function safeReturnPath(candidate: string | null | undefined): string {
  if (!candidate?.startsWith('/') || candidate.startsWith('//') || candidate.includes('\\')) return '/';
  return candidate;
}

/** Reads an `application/x-www-form-urlencoded` body. */
export async function readForm(request: RouteRequest): Promise<URLSearchParams> {
  return new URLSearchParams((await request.readBody()).toString('utf8'));
}
