import type { Role, ZoomAccessSource, ZoomConnectionStatus } from '@parley/api-contract';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { users } from '../../db/schema.ts';
import { zoomConnections, zoomHostCandidates } from '../../db/zoom-schema.ts';
import type { ZoomConnectionRow } from '../access/resolve-zoom-access.ts';

/** One user of the organization and the Zoom access their meetings use (docs/zoom-api.md, `ConnectedUser`). */
export interface ConnectedUserView {
  user: { id: string; name: string; email: string; role: Role; active: boolean };
  source: ZoomAccessSource;
  /** Of the connection in `source`; `not_connected` for `none`. */
  status: ZoomConnectionStatus;
  /** Whose Zoom the meetings are created in: the user's own, or the organization's default host. */
  zoomEmail: string | null;
  /** The user's own last successful use (personal connections only: the organization's is not per user). */
  lastUsedAt: Date | null;
}

/**
 * Every user of the organization with the Zoom access their meetings would use — by the rule of
 * `describeZoomAccess`: their personal connection in whatever state, else the organization's — its status,
 * whose Zoom the meetings are created in (their own, or the organization's default host, not the admin who
 * authorized it) and the user's own last successful use. Deactivated users are listed with `none`: nothing
 * is created for them. Three queries for the whole list.
 */
export async function listConnectedUsers(db: Db, actor: Actor): Promise<ConnectedUserView[]> {
  const [members, connections, defaultHosts] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active })
      .from(users)
      .where(eq(users.organizationId, actor.organizationId))
      .orderBy(asc(users.name), asc(users.email)),
    db.select().from(zoomConnections).where(eq(zoomConnections.organizationId, actor.organizationId)),
    db
      .select({ email: zoomHostCandidates.email, zoomAccountId: zoomHostCandidates.zoomAccountId })
      .from(zoomHostCandidates)
      .where(
        and(
          eq(zoomHostCandidates.organizationId, actor.organizationId),
          eq(zoomHostCandidates.isDefault, true),
        ),
      ),
  ]);
  const organization = connections.find((connection) => connection.kind === 'organization');
  const personalByUser = new Map(
    connections
      .filter((connection) => connection.kind === 'personal' && connection.userId)
      .map((connection) => [connection.userId!, connection]),
  );
  const defaultHost = defaultHosts.find((host) => host.zoomAccountId === organization?.zoomAccountId);
  return members.map((member): ConnectedUserView => {
    const personal = personalByUser.get(member.id);
    if (!member.active) {
      return { user: member, source: 'none', status: 'not_connected', zoomEmail: null, lastUsedAt: null };
    }
    if (personal) {
      return {
        user: member,
        source: 'personal',
        status: personal.status,
        zoomEmail: personal.zoomUserEmail,
        lastUsedAt: personal.lastUsedAt,
      };
    }
    const chosen: ZoomConnectionRow | undefined = organization;
    return {
      user: member,
      source: chosen ? 'organization' : 'none',
      status: chosen?.status ?? 'not_connected',
      zoomEmail: chosen ? (defaultHost?.email ?? chosen.zoomUserEmail) : null,
      lastUsedAt: null,
    };
  });
}
