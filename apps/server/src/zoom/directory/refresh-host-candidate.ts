import type { HostCandidateFlag, HostCandidateStatus } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { zoomHostCandidates } from '../../db/zoom-schema.ts';
import { hostFlagFor, zoomUserType } from '../shared/zoom-user-facts.ts';

/** A host candidate as stored. */
export type HostCandidateRow = typeof zoomHostCandidates.$inferSelect;

/** What Zoom now says about a host's user; absent fields are unchanged. */
export interface HostFacts {
  status?: HostCandidateStatus;
  type?: number;
  email?: string;
  firstName?: string;
  lastName?: string;
}

/** How a host candidate changed; `changed` is empty when nothing did. */
export interface HostRefresh {
  changed: string[];
  flag: { from: HostCandidateFlag | null; to: HostCandidateFlag | null };
  email: string;
}

/**
 * Brings one host candidate in line with Zoom's facts: status, license, name and address, and the flag
 * that follows from them. A host who can no longer host is flagged, never removed; the flag clears when
 * they can again. A label the admin wrote stays; the default label follows the name.
 */
export async function refreshHostCandidate(
  tx: Pick<Transaction, 'db'>,
  host: HostCandidateRow,
  facts: HostFacts,
): Promise<HostRefresh> {
  const status = facts.status ?? host.status;
  const type = facts.type === undefined ? host.type : zoomUserType(facts.type);
  const named = {
    email: facts.email ?? host.email,
    firstName: facts.firstName ?? host.firstName,
    lastName: facts.lastName ?? host.lastName,
  };
  const flag = hostFlagFor(status, type);
  // A default label follows the new name by itself: it is composed when shown, never stored.
  const next = { ...named, status, type, flag };
  const changed = (Object.keys(next) as (keyof typeof next)[]).filter((field) => next[field] !== host[field]);
  if (changed.length > 0) {
    await tx.db
      .update(zoomHostCandidates)
      .set({ ...next, updatedAt: new Date() })
      .where(eq(zoomHostCandidates.id, host.id));
  }
  return { changed, flag: { from: host.flag, to: flag }, email: named.email };
}
