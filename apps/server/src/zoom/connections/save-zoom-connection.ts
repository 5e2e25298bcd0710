import { type ZoomUserRole, zoomAuditActions } from '@parley/api-contract';
import type { ZoomTokenSet, ZoomUser } from '@parley/zoom-client';
import { and, eq } from 'drizzle-orm';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Transaction } from '../../db/database.ts';
import { type StoredZoomProblem, zoomConnections } from '../../db/zoom-schema.ts';
import { connectionCause, connectionIncidentKinds } from '../../notifications/admin/incident-cause.ts';
import { resolveIncidents } from '../../notifications/admin/resolve-incidents.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';
import { ensureDefaultHost } from '../directory/ensure-default-host.ts';
import { findMissingZoomScopes, type MissingZoomScopes } from './zoom-scopes.ts';

/** A fresh grant from Zoom, ready to be stored as a connection. */
export interface ZoomGrant {
  organizationId: string;
  kind: 'organization' | 'personal';
  /** The owner of a personal connection. */
  userId: string | null;
  authType: 'oauth' | 'server_to_server';
  tokens: ZoomTokenSet;
  /** Zoom's `/users/me` for the new token. */
  zoomUser: ZoomUser;
  zoomUserRole: ZoomUserRole;
  /** The Parley user shown as "connected by"; for an admin link, the admin who created it. */
  connectedByUserId: string | null;
  /** The audit event's actor: null when a Zoom admin completed an admin link. */
  actorUserId: string | null;
  /** How the grant came about, for the audit log. */
  via: 'oauth' | 'admin_link' | 'server_to_server';
  serverToServer?: { accountId: string; clientId: string; clientSecret: string };
}

/** What was stored. */
export interface SavedZoomConnection {
  connectionId: string;
  status: 'connected' | 'needs_reconnect';
  missingScopes: MissingZoomScopes;
}

/** "Olivia Owens": Zoom's display name, else first and last name, else the email. */
export function zoomUserName(user: ZoomUser): string {
  const name = user.display_name?.trim() || `${user.first_name ?? ''} ${user.last_name ?? ''}`.trim();
  return name || user.email;
}

/**
 * Stores a grant as the organization's connection or the user's personal one, replacing what was there (a
 * reconnect): tokens and the Server-to-Server secret sealed, the Zoom user and scopes recorded, status
 * `connected` — or `needs_reconnect` with reason `scopes_missing` when the token lacks a scope Parley needs.
 * A reconnect that works resolves the organization connection's open admin incident.
 * Writes `zoom.organization.connected` / `zoom.personal.connected`; a working organization connection makes
 * its Zoom user the default host, so meetings can be created before anyone chooses hosts. Runs in the
 * caller's transaction.
 */
export async function saveZoomConnection(
  tx: Transaction,
  secretBox: SecretBox,
  grant: ZoomGrant,
): Promise<SavedZoomConnection> {
  const owner =
    grant.kind === 'organization'
      ? and(
          eq(zoomConnections.organizationId, grant.organizationId),
          eq(zoomConnections.kind, 'organization'),
        )
      : and(eq(zoomConnections.userId, grant.userId ?? ''), eq(zoomConnections.kind, 'personal'));
  const [existing] = await tx.db.select().from(zoomConnections).where(owner).for('update');
  const missingScopes = findMissingZoomScopes(grant.kind, grant.tokens.scopes);
  const allMissing = [...missingScopes.required, ...missingScopes.optional];
  const status: SavedZoomConnection['status'] =
    missingScopes.required.length > 0 ? 'needs_reconnect' : 'connected';
  const problem: StoredZoomProblem | null =
    allMissing.length > 0 ? { code: 'scopes_missing', missingScopes: allMissing } : null;
  const now = new Date();
  const { tokens, zoomUser, serverToServer } = grant;
  const values = {
    authType: grant.authType,
    status,
    statusReason: status === 'connected' ? null : ('scopes_missing' as const),
    statusChangedAt: now,
    zoomAccountId: zoomUser.account_id ?? serverToServer?.accountId ?? '',
    zoomUserId: zoomUser.id ?? '',
    zoomUserEmail: zoomUser.email,
    zoomUserName: zoomUserName(zoomUser),
    zoomUserRole: grant.zoomUserRole,
    scopes: tokens.scopes,
    sealedAccessToken: secretBox.seal(tokens.accessToken),
    sealedRefreshToken: tokens.refreshToken ? secretBox.seal(tokens.refreshToken) : null,
    accessTokenExpiresAt: tokens.expiresAt,
    s2sAccountId: serverToServer?.accountId ?? null,
    s2sClientId: serverToServer?.clientId ?? null,
    sealedS2sClientSecret: serverToServer ? secretBox.seal(serverToServer.clientSecret) : null,
    apiUrl: tokens.apiUrl ?? null,
    connectedAt: now,
    connectedByUserId: grant.connectedByUserId,
    lastUsedAt: null,
    lastCheckAt: now,
    lastCheckOk: problem === null,
    lastCheckProblem: problem,
    updatedAt: now,
  };
  let connectionId: string;
  if (existing) {
    await tx.db.update(zoomConnections).set(values).where(eq(zoomConnections.id, existing.id));
    connectionId = existing.id;
    if (grant.kind === 'organization' && status === 'connected') {
      await resolveIncidents(tx, {
        organizationId: grant.organizationId,
        kinds: connectionIncidentKinds,
        cause: connectionCause(existing.id),
      });
    }
  } else {
    const [inserted] = await tx.db
      .insert(zoomConnections)
      .values({ ...values, organizationId: grant.organizationId, kind: grant.kind, userId: grant.userId })
      .returning({ id: zoomConnections.id });
    connectionId = inserted!.id;
  }
  if (grant.kind === 'organization' && status === 'connected') {
    await ensureDefaultHost(
      tx,
      {
        organizationId: grant.organizationId,
        zoomAccountId: values.zoomAccountId,
        zoomUserId: values.zoomUserId,
        zoomUserEmail: values.zoomUserEmail,
        zoomUserName: values.zoomUserName,
        connectedByUserId: grant.actorUserId,
      },
      zoomUser,
    );
  }
  await recordAuditEvent(tx, {
    organizationId: grant.organizationId,
    actorUserId: grant.actorUserId,
    action:
      grant.kind === 'organization'
        ? zoomAuditActions.organizationConnected
        : zoomAuditActions.personalConnected,
    target: { type: 'zoom_connection', id: connectionId },
    result: status === 'connected' ? 'success' : 'failure',
    metadata: {
      zoomAccountId: values.zoomAccountId,
      zoomUserEmail: values.zoomUserEmail,
      zoomUserRole: values.zoomUserRole,
      authType: grant.authType,
      via: grant.via,
      scopes: tokens.scopes,
      status,
      ...(allMissing.length > 0 ? { missingScopes: allMissing } : {}),
      ...(existing
        ? {
            replaced: {
              status: existing.status,
              zoomAccountId: existing.zoomAccountId,
              authType: existing.authType,
            },
          }
        : {}),
    },
  });
  return { connectionId, status, missingScopes };
}
