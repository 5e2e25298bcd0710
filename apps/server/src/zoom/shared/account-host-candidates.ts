import { and, eq, type SQL } from 'drizzle-orm';
import { zoomHostCandidates } from '../../db/zoom-schema.ts';

/**
 * The organization's host candidates on one Zoom account: a selection belongs to the account it was made
 * on, so a reconnect to another account shows none and a reconnect to the same one brings them back.
 */
export function accountHostCandidates(organizationId: string, zoomAccountId: string): SQL {
  return and(
    eq(zoomHostCandidates.organizationId, organizationId),
    eq(zoomHostCandidates.zoomAccountId, zoomAccountId),
  )!;
}
