import { getZoomUserSettings, ZoomApiError } from '@parley/zoom-client';
import { and, eq, ne } from 'drizzle-orm';
import { zoomHostCandidates } from '../../db/zoom-schema.ts';
import type { Services } from '../../services.ts';
import { requireOrganizationConnection } from '../access/find-organization-connection.ts';
import { withZoomAccess } from '../access/with-zoom-access.ts';
import { accountHostCandidates } from '../shared/account-host-candidates.ts';
import { grantsHostSettings } from '../shared/host-settings-scope.ts';

/**
 * How many meetings a Zoom user may run at once, from the Concurrent Meeting feature of their settings:
 * `Basic` or `Plus` 2 (Zoom documents no higher number Parley could rely on), `None` 1. A Basic-licence
 * user runs one at a time whatever the feature says. Null when Zoom does not say.
 */
export function concurrentMeetingsOf(feature: string | undefined, zoomUserType: number): number | null {
  if (zoomUserType === 1) return 1;
  if (feature === 'Basic' || feature === 'Plus') return 2;
  if (feature === 'None') return 1;
  return null;
}

/**
 * Reads, for every host candidate of the organization that is not deleted, how many meetings Zoom lets it
 * run at once, and stores it (`concurrent_meetings`). The settings scope is optional: without it nothing is
 * asked and every host is unknown (null), which host assignment takes as 1 and says so. A host Zoom will not
 * answer for (gone, pending, refused) is unknown too; only a broken token stops the read, as for any call.
 * Returns how many hosts are known.
 */
export async function readHostConcurrency(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  organizationId: string,
): Promise<{ known: number; unknown: number }> {
  const db = services.database.db;
  const connection = await requireOrganizationConnection(db, organizationId);
  const hosts = await db
    .select()
    .from(zoomHostCandidates)
    .where(
      and(
        accountHostCandidates(organizationId, connection.zoomAccountId),
        ne(zoomHostCandidates.status, 'deleted'),
      ),
    );
  const found = new Map<string, number | null>();
  if (grantsHostSettings(connection.scopes) && connection.status === 'connected' && hosts.length > 0) {
    await withZoomAccess(services, connection.id, async (rest) => {
      for (const host of hosts) {
        try {
          const settings = await getZoomUserSettings(rest, host.zoomUserId);
          found.set(host.zoomUserId, concurrentMeetingsOf(settings.feature?.concurrent_meeting, host.type));
        } catch (error) {
          // A token Zoom refuses is renewed by withZoomAccess and the whole read repeated.
          if (!(error instanceof ZoomApiError) || error.isInvalidAccessToken) throw error;
          found.set(host.zoomUserId, null);
        }
      }
    });
  }
  for (const host of hosts) {
    const value = found.get(host.zoomUserId) ?? null;
    if (value === host.concurrentMeetings) continue;
    await db
      .update(zoomHostCandidates)
      .set({ concurrentMeetings: value, updatedAt: new Date() })
      .where(eq(zoomHostCandidates.id, host.id));
  }
  const known = hosts.filter((host) => found.get(host.zoomUserId) != null).length;
  return { known, unknown: hosts.length - known };
}
