import { type AdminIncidentFacts, hostLabel } from '@parley/api-contract';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import type { HostNameRow } from '../../db/host-names.ts';
import { hostNameColumns, zoomHostCandidates } from '../../db/zoom-schema.ts';

/**
 * Renames the host in incident facts for one reader. An incident records its host's label once, as it was
 * then and in English name order; a host still in the organization's list is named in the reader's name
 * order, and by a label an admin gave since. A host gone since keeps the recorded label.
 */
export interface IncidentHostLabels {
  relabel(facts: AdminIncidentFacts, language: string): AdminIncidentFacts;
}

/** Loads the hosts the incidents name (by Zoom user id or host candidate id) in one query. */
export async function loadIncidentHostLabels(
  db: Db,
  organizationId: string,
  factsList: readonly AdminIncidentFacts[],
): Promise<IncidentHostLabels> {
  const zoomUserIds = factsList.flatMap((facts) => ('hostZoomUserId' in facts ? [facts.hostZoomUserId] : []));
  const candidateIds = factsList.flatMap((facts) =>
    facts.kind === 'host_cannot_host' ? [facts.hostCandidateId] : [],
  );
  const hosts: HostNameRow[] =
    zoomUserIds.length + candidateIds.length > 0
      ? await db
          .select(hostNameColumns)
          .from(zoomHostCandidates)
          .where(
            and(
              eq(zoomHostCandidates.organizationId, organizationId),
              or(
                zoomUserIds.length ? inArray(zoomHostCandidates.zoomUserId, zoomUserIds) : undefined,
                candidateIds.length ? inArray(zoomHostCandidates.id, candidateIds) : undefined,
              ),
            ),
          )
      : [];
  const hostOf = (facts: AdminIncidentFacts): HostNameRow | undefined => {
    if (facts.kind === 'host_cannot_host') return hosts.find((host) => host.id === facts.hostCandidateId);
    if ('hostZoomUserId' in facts) return hosts.find((host) => host.zoomUserId === facts.hostZoomUserId);
    return undefined;
  };
  return {
    relabel(facts, language) {
      const host = hostOf(facts);
      if (!host || !('hostLabel' in facts)) return facts;
      return { ...facts, hostLabel: hostLabel(host, language) };
    },
  };
}
