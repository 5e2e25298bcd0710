import { type HostCandidate, hostLabel, type ZoomUserType } from '@parley/api-contract';
import { asc, desc } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Database, Db } from '../../db/database.ts';
import { zoomHostCandidates } from '../../db/zoom-schema.ts';
import { findOrganizationConnection } from '../access/find-organization-connection.ts';
import { accountHostCandidates } from '../shared/account-host-candidates.ts';
import { ensureDefaultHost } from './ensure-default-host.ts';
import type { HostCandidateRow } from './refresh-host-candidate.ts';

/** The stored row as the API shows it, the default label in `language`'s name order. */
function toHostCandidateView(row: HostCandidateRow, language: string): HostCandidate {
  return {
    id: row.id,
    zoomUserId: row.zoomUserId,
    email: row.email,
    firstName: row.firstName,
    lastName: row.lastName,
    label: hostLabel(row, language),
    customLabel: row.customLabel,
    type: row.type as ZoomUserType,
    status: row.status,
    isDefault: row.isDefault,
    flag: row.flag,
  };
}

/**
 * The host candidates of the organization connection's Zoom account, labels in `language`: the default host
 * first, then by label as the viewer reads it (sorted here, since a default label is not stored).
 */
export async function selectHostCandidates(
  db: Db,
  organizationId: string,
  zoomAccountId: string,
  language: string,
): Promise<HostCandidate[]> {
  const rows = await db
    .select()
    .from(zoomHostCandidates)
    .where(accountHostCandidates(organizationId, zoomAccountId))
    .orderBy(desc(zoomHostCandidates.isDefault), asc(zoomHostCandidates.id));
  const collator = new Intl.Collator(language);
  return rows
    .map((row) => toHostCandidateView(row, language))
    .sort(
      (left, right) =>
        Number(right.isDefault) - Number(left.isDefault) || collator.compare(left.label, right.label),
    );
}

/**
 * Who may host the organization's meetings, flagged ones included. Without an organization connection
 * there are none (a reconnect to the same Zoom account brings the selection back). The connecting Zoom user
 * becomes the default host when the account has no host yet, or when another Zoom user connected since the
 * default was set — in case the connect flow did not call `ensureDefaultHost` itself.
 */
export async function listHostCandidates(database: Database, actor: Actor): Promise<HostCandidate[]> {
  const connection = await findOrganizationConnection(database.db, actor.organizationId);
  if (!connection) return [];
  const hosts = await selectHostCandidates(
    database.db,
    actor.organizationId,
    connection.zoomAccountId,
    actor.language,
  );
  // A default host who is not the connection's Zoom user means someone else connected since.
  const staleDefault = hosts.some((host) => host.isDefault && host.zoomUserId !== connection.zoomUserId);
  if (hosts.length > 0 && !staleDefault) return hosts;
  return database.transaction(async (tx) => {
    await ensureDefaultHost(tx, connection);
    return selectHostCandidates(tx.db, actor.organizationId, connection.zoomAccountId, actor.language);
  });
}
