import { and, eq, gt } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/database.ts';
import { organizations, sessions, users } from '../db/schema.ts';
import { createToken, deriveToken, hashToken } from '../secrets/tokens.ts';

/** A session is renewed (its expiry moved forward) at most this often, not on every request. */
const renewIntervalMs = 60 * 60 * 1000;
const dayMs = 24 * 60 * 60 * 1000;

/** A live session with its user and organization. */
export interface ActiveSession {
  sessionId: string;
  actor: Actor;
  organizationName: string;
  expiresAt: Date;
  /** True when this lookup moved the expiry forward, so the cookie should be sent again. */
  renewed: boolean;
}

/** Starts a session for `userId`; returns the token for the cookie (only its hash is stored). */
export async function createSession(
  db: Db,
  userId: string,
  ttlDays: number,
): Promise<{ token: string; expiresAt: Date }> {
  const token = createToken();
  const expiresAt = new Date(Date.now() + ttlDays * dayMs);
  await db.insert(sessions).values({ tokenHash: hashToken(token), userId, expiresAt });
  return { token, expiresAt };
}

/**
 * The session a cookie token belongs to, if it exists, has not expired and its user is active.
 * Renews the expiry (inactivity timeout) when the last renewal is over an hour old.
 */
export async function findActiveSession(
  db: Db,
  token: string,
  ttlDays: number,
): Promise<ActiveSession | undefined> {
  const now = new Date();
  const [row] = await db
    .select({
      sessionId: sessions.id,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      userId: users.id,
      organizationId: users.organizationId,
      role: users.role,
      language: users.language,
      organizationName: organizations.name,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now), eq(users.active, true)))
    .limit(1);
  if (!row) return undefined;
  let expiresAt = row.expiresAt;
  const renewed = now.getTime() - row.lastSeenAt.getTime() > renewIntervalMs;
  if (renewed) {
    expiresAt = new Date(now.getTime() + ttlDays * dayMs);
    await db.update(sessions).set({ lastSeenAt: now, expiresAt }).where(eq(sessions.id, row.sessionId));
  }
  const { sessionId, userId, organizationId, role, language, organizationName } = row;
  return {
    sessionId,
    actor: { userId, organizationId, role, language },
    organizationName,
    expiresAt,
    renewed,
  };
}

/** Ends the session of a cookie token (logout). */
export async function deleteSession(db: Db, token: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.tokenHash, hashToken(token)));
}

/** Ends every session of a user (deactivation). */
export async function deleteUserSessions(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

/**
 * The CSRF token of a session: an HMAC of the session token, so it needs no storage and cannot be
 * computed without the HttpOnly cookie.
 */
export function csrfTokenForSession(sessionToken: string): string {
  return deriveToken(sessionToken, 'parley-csrf-v1');
}
