import { maxAccountUsersPerPage, type ZoomAccountUser, type ZoomUserType } from '@parley/api-contract';
import { and, asc, count, eq, ilike, max, or, type SQL, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { zoomAccountUsers, zoomHostCandidates } from '../../db/zoom-schema.ts';
import { requireOrganizationConnection } from '../access/find-organization-connection.ts';

/** A query of {@link listZoomAccountUsers}. */
export interface AccountUserQuery {
  /** Words that must each appear in the first name, last name or email (case-insensitive). */
  search?: string;
  offset: number;
  limit: number;
}

/** A page of account users, with the counts that show nothing was dropped. */
export interface AccountUserPage {
  users: ZoomAccountUser[];
  /** Users in the snapshot. */
  total: number;
  /** Users matching the search (all of them without one). */
  matched: number;
  offset: number;
  /** When the snapshot was taken; null before the first sync. */
  syncedAt: Date | null;
}

/** `%`, `_` and `\` are LIKE wildcards; a search for them means the characters themselves. */
function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function searchCondition(search: string | undefined): SQL | undefined {
  const words = (search ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 10);
  if (words.length === 0) return undefined;
  return and(
    ...words.map((word) => {
      const pattern = likePattern(word);
      return or(
        ilike(zoomAccountUsers.email, pattern),
        ilike(zoomAccountUsers.firstName, pattern),
        ilike(zoomAccountUsers.lastName, pattern),
      )!;
    }),
  );
}

/**
 * The synced users of the organization's Zoom account, searched on the server by name or email and
 * ordered by last name, first name and email, one page at a time. `total` and `matched` let the dialog
 * say how many it does not show, so data is never dropped silently. `selected` marks host candidates.
 */
export async function listZoomAccountUsers(
  db: Db,
  actor: Actor,
  query: AccountUserQuery,
): Promise<AccountUserPage> {
  const connection = await requireOrganizationConnection(db, actor.organizationId);
  const ofAccount = and(
    eq(zoomAccountUsers.organizationId, actor.organizationId),
    eq(zoomAccountUsers.zoomAccountId, connection.zoomAccountId),
  )!;
  const search = searchCondition(query.search);
  const matching = search ? and(ofAccount, search)! : ofAccount;
  const [[overall], [matches], rows] = await Promise.all([
    db
      .select({ total: count(), syncedAt: max(zoomAccountUsers.syncedAt) })
      .from(zoomAccountUsers)
      .where(ofAccount),
    db.select({ matched: count() }).from(zoomAccountUsers).where(matching),
    db
      .select({
        user: zoomAccountUsers,
        selected: sql<boolean>`${zoomHostCandidates.id} IS NOT NULL`,
      })
      .from(zoomAccountUsers)
      .leftJoin(
        zoomHostCandidates,
        and(
          eq(zoomHostCandidates.organizationId, zoomAccountUsers.organizationId),
          eq(zoomHostCandidates.zoomUserId, zoomAccountUsers.zoomUserId),
        ),
      )
      .where(matching)
      .orderBy(
        asc(sql`lower(${zoomAccountUsers.lastName})`),
        asc(sql`lower(${zoomAccountUsers.firstName})`),
        asc(zoomAccountUsers.email),
      )
      .offset(query.offset)
      .limit(Math.min(query.limit, maxAccountUsersPerPage)),
  ]);
  return {
    users: rows.map(({ user, selected }) => ({
      zoomUserId: user.zoomUserId,
      email: user.email,
      firstName: user.firstName,
      lastName: user.lastName,
      type: user.type as ZoomUserType,
      status: user.status,
      role: user.role,
      selected: Boolean(selected),
    })),
    total: overall?.total ?? 0,
    matched: matches?.matched ?? 0,
    offset: query.offset,
    syncedAt: overall?.syncedAt ? new Date(overall.syncedAt) : null,
  };
}
