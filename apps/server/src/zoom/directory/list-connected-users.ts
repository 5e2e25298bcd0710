import type { Role, ZoomAccessSource, ZoomConnectionStatus } from '@parley/api-contract';
import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { users } from '../../db/schema.ts';
import { zoomConnections } from '../../db/zoom-schema.ts';
import type { ZoomConnectionRow } from '../access/resolve-zoom-access.ts';

/** One user of the organization and the Zoom access their meetings use (docs/zoom-api.md, `ConnectedUser`). */
export interface ConnectedUserView {
  user: { id: string; name: string; email: string; role: Role; active: boolean };
  source: ZoomAccessSource;
  /** Of the connection in `source`; `not_connected` for `none`. */
  status: ZoomConnectionStatus;
  zoomEmail: string | null;
  lastUsedAt: Date | null;
}

/**
 * Every user of the organization (deactivated ones too, marked), with the Zoom access their meetings
 * would use — by the rule of `describeZoomAccess`: their personal connection in whatever state, else
 * the organization's — its status, Zoom email and last successful use. Two queries for the whole list.
 */
export async function listConnectedUsers(db: Db, actor: Actor): Promise<ConnectedUserView[]> {
  const [members, connections] = await Promise.all([
    db
      .select({ id: users.id, name: users.name, email: users.email, role: users.role, active: users.active })
      .from(users)
      .where(eq(users.organizationId, actor.organizationId))
      .orderBy(asc(users.name), asc(users.email)),
    db.select().from(zoomConnections).where(eq(zoomConnections.organizationId, actor.organizationId)),
  ]);
  const organization = connections.find((connection) => connection.kind === 'organization');
  const personalByUser = new Map(
    connections
      .filter((connection) => connection.kind === 'personal' && connection.userId)
      .map((connection) => [connection.userId!, connection]),
  );
  return members.map((member) => {
    const personal = personalByUser.get(member.id);
    const chosen: ZoomConnectionRow | undefined = personal ?? organization;
    return {
      user: member,
      source: personal ? 'personal' : organization ? 'organization' : 'none',
      status: chosen?.status ?? 'not_connected',
      zoomEmail: chosen?.zoomUserEmail ?? null,
      lastUsedAt: chosen?.lastUsedAt ?? null,
    };
  });
}
