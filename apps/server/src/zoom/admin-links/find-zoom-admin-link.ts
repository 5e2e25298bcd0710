import { randomBytes } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { organizations, users } from '../../db/schema.ts';
import { zoomAdminLinks, zoomConnections, zoomHostCandidates } from '../../db/zoom-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';
import { hashToken } from '../../secrets/tokens.ts';

/** How long an admin link works. */
export const adminLinkLifetimeMs = 7 * 24 * 60 * 60 * 1000;
const signingPurpose = 'zoom admin link';

/**
 * A new admin-link token: `<nonce>.<expiry in seconds>.<signature>`, signed with a key derived from the
 * encryption key, so a forged or altered link is refused before the database is asked.
 */
export function createAdminLinkToken(secretBox: SecretBox, expiresAt: Date): string {
  const payload = `${randomBytes(24).toString('base64url')}.${Math.floor(expiresAt.getTime() / 1000)}`;
  return `${payload}.${secretBox.sign(signingPurpose, payload)}`;
}

function hasValidSignature(secretBox: SecretBox, token: string): boolean {
  const parts = token.split('.');
  if (parts.length !== 3 || !/^\d+$/.test(parts[1]!)) return false;
  return secretBox.verify(signingPurpose, `${parts[0]}.${parts[1]}`, parts[2]!);
}

/** A usable admin link, and what its page shows the Zoom admin. */
export interface PendingAdminLink {
  id: string;
  organizationId: string;
  organizationName: string;
  requestedBy: string;
  createdByUserId: string;
  /** The Zoom account the link must be completed in, and a user of it a Zoom admin recognises. */
  expectedZoomAccount: KnownZoomAccount | null;
  expiresAt: Date;
}

/** A Zoom account the organization already uses, named by one of its users. */
export interface KnownZoomAccount {
  zoomAccountId: string;
  zoomUserEmail: string | null;
}

/**
 * The Zoom account the organization already uses: that of its organization connection (whatever its
 * status), else that of the hosts it keeps after a disconnect (its meetings live there). Undefined for an
 * organization that never chose hosts.
 */
export async function knownZoomAccount(
  db: Db,
  organizationId: string,
): Promise<KnownZoomAccount | undefined> {
  const [connection] = await db
    .select({ zoomAccountId: zoomConnections.zoomAccountId, zoomUserEmail: zoomConnections.zoomUserEmail })
    .from(zoomConnections)
    .where(and(eq(zoomConnections.organizationId, organizationId), eq(zoomConnections.kind, 'organization')));
  if (connection) return connection;
  const [host] = await db
    .select({ zoomAccountId: zoomHostCandidates.zoomAccountId, zoomUserEmail: zoomHostCandidates.email })
    .from(zoomHostCandidates)
    .where(eq(zoomHostCandidates.organizationId, organizationId))
    .orderBy(desc(zoomHostCandidates.isDefault), zoomHostCandidates.createdAt);
  return host;
}

/** The account a link expects, named by the user of it the organization knows (if still the same account). */
async function expectedZoomAccount(
  db: Db,
  organizationId: string,
  zoomAccountId: string | null,
): Promise<KnownZoomAccount | null> {
  if (!zoomAccountId) return null;
  const known = await knownZoomAccount(db, organizationId);
  return {
    zoomAccountId,
    zoomUserEmail: known?.zoomAccountId === zoomAccountId ? known.zoomUserEmail : null,
  };
}

/**
 * The pending admin link of a token. ZOOM_LINK_INVALID when forged, unknown, used or withdrawn;
 * ZOOM_LINK_EXPIRED when past its 7 days. (The callback locks the link again when it completes the
 * connection, so a link is used exactly once.)
 */
export async function findZoomAdminLink(
  db: Db,
  secretBox: SecretBox,
  token: string,
): Promise<PendingAdminLink> {
  if (!hasValidSignature(secretBox, token)) throw new AppError(AppErrorCode.ZoomLinkInvalid);
  const [row] = await db
    .select({ link: zoomAdminLinks, organizationName: organizations.name, requestedBy: users.name })
    .from(zoomAdminLinks)
    .innerJoin(organizations, eq(organizations.id, zoomAdminLinks.organizationId))
    .innerJoin(users, eq(users.id, zoomAdminLinks.createdByUserId))
    .where(eq(zoomAdminLinks.tokenHash, hashToken(token)));
  if (!row || row.link.usedAt || row.link.withdrawnAt) throw new AppError(AppErrorCode.ZoomLinkInvalid);
  if (row.link.expiresAt.getTime() <= Date.now()) throw new AppError(AppErrorCode.ZoomLinkExpired);
  return {
    id: row.link.id,
    organizationId: row.link.organizationId,
    organizationName: row.organizationName,
    requestedBy: row.requestedBy,
    createdByUserId: row.link.createdByUserId,
    expectedZoomAccount: await expectedZoomAccount(
      db,
      row.link.organizationId,
      row.link.expectedZoomAccountId,
    ),
    expiresAt: row.link.expiresAt,
  };
}
