import { and, eq, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { users } from '../../db/schema.ts';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';

/** A connection row as stored. */
export type ZoomConnectionRow = typeof zoomConnections.$inferSelect;

/** Which Zoom access a user's meetings would use now, and whether it works. */
export interface ZoomAccessChoice {
  source: 'personal' | 'organization' | 'none';
  /** The chosen connection; null when `source` is `none`. */
  connection: ZoomConnectionRow | null;
  usable: boolean;
}

/**
 * The precedence rule without throwing: the user's personal connection when one exists, in whatever state;
 * otherwise the organization's. A broken personal connection is chosen (and reported unusable): Parley
 * never falls back to the organization silently. Only disconnecting it (deleting the row) hands over.
 */
export async function describeZoomAccess(db: Db, userId: string): Promise<ZoomAccessChoice> {
  const [user] = await db
    .select({ organizationId: users.organizationId })
    .from(users)
    .where(eq(users.id, userId));
  if (!user) return { source: 'none', connection: null, usable: false };
  const candidates = await db
    .select()
    .from(zoomConnections)
    .where(
      or(
        and(eq(zoomConnections.kind, 'personal'), eq(zoomConnections.userId, userId)),
        and(
          eq(zoomConnections.kind, 'organization'),
          eq(zoomConnections.organizationId, user.organizationId),
        ),
      ),
    );
  const personal = candidates.find((connection) => connection.kind === 'personal');
  const organization = candidates.find((connection) => connection.kind === 'organization');
  const chosen = personal ?? organization;
  if (!chosen) return { source: 'none', connection: null, usable: false };
  return {
    source: personal ? 'personal' : 'organization',
    connection: chosen,
    usable: chosen.status === 'connected',
  };
}

/** The Zoom access a user's meetings use, ready for `withZoomAccess`. */
export interface ResolvedZoomAccess {
  source: 'personal' | 'organization';
  connectionId: string;
  zoomAccountId: string;
  zoomUserId: string;
  zoomUserEmail: string;
}

/**
 * Decides which Zoom access a user's meeting uses: their personal connection when they have one,
 * else the organization's. Throws ZOOM_NEEDS_RECONNECT when the chosen connection does not work — a
 * broken personal connection is never silently replaced by the organization's — and ZOOM_NOT_CONNECTED
 * when there is neither.
 */
export async function resolveZoomAccess(db: Db, userId: string): Promise<ResolvedZoomAccess> {
  const choice = await describeZoomAccess(db, userId);
  if (!choice.connection || choice.source === 'none') throw new AppError(AppErrorCode.ZoomNotConnected);
  if (!choice.usable) {
    throw new AppError(AppErrorCode.ZoomNeedsReconnect, {
      details: [
        {
          path: choice.source,
          message: `${choice.source} Zoom connection is ${choice.connection.status}${choice.connection.statusReason ? ` (${choice.connection.statusReason})` : ''}`,
        },
      ],
    });
  }
  return {
    source: choice.source,
    connectionId: choice.connection.id,
    zoomAccountId: choice.connection.zoomAccountId,
    zoomUserId: choice.connection.zoomUserId,
    zoomUserEmail: choice.connection.zoomUserEmail,
  };
}
