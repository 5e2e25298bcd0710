import { hostLabel } from '@parley/api-contract';
import { and, eq, inArray } from 'drizzle-orm';
import { uuidPattern } from './columns.ts';
import type { Db } from './database.ts';
import { hostNameColumns, zoomHostCandidates } from './zoom-schema.ts';

/** A host as a host-choice explanation records it (`chosen`, each of `skipped`). */
interface ExplainedHost {
  hostCandidateId?: unknown;
  label?: unknown;
}

function explainedHosts(details: Record<string, unknown>): ExplainedHost[] {
  const explanation = details.explanation as { chosen?: unknown; skipped?: unknown } | null | undefined;
  if (!explanation || typeof explanation !== 'object') return [];
  const skipped = Array.isArray(explanation.skipped) ? explanation.skipped : [];
  return [explanation.chosen, ...skipped].filter(
    (host): host is ExplainedHost => typeof host === 'object' && host !== null,
  );
}

/**
 * The hosts a host choice names (`interview.host_chosen`: the chosen one and those skipped), relabelled for
 * the reader. The event recorded each label in English name order, as nobody's language applied when it was
 * written; a host still in the directory reads in the reader's order ("Alvarez Adam <…>" in Japanese), or
 * under the custom label it has now. A host gone since keeps the recorded label.
 */
export async function relabelExplainedHosts(
  db: Db,
  organizationId: string,
  language: string,
  detailsOfEvents: Record<string, unknown>[],
): Promise<Record<string, unknown>[]> {
  const ids = new Set(
    detailsOfEvents.flatMap((details) =>
      explainedHosts(details).flatMap((host) =>
        typeof host.hostCandidateId === 'string' && uuidPattern.test(host.hostCandidateId)
          ? [host.hostCandidateId]
          : [],
      ),
    ),
  );
  if (ids.size === 0) return detailsOfEvents;
  const rows = await db
    .select(hostNameColumns)
    .from(zoomHostCandidates)
    .where(
      and(eq(zoomHostCandidates.organizationId, organizationId), inArray(zoomHostCandidates.id, [...ids])),
    );
  const labels = new Map(rows.map((row) => [row.id, hostLabel(row, language)]));
  const relabel = (host: unknown): unknown => {
    const id = (host as ExplainedHost | null)?.hostCandidateId;
    const label = typeof id === 'string' ? labels.get(id) : undefined;
    return label === undefined ? host : { ...(host as object), label };
  };
  return detailsOfEvents.map((details) => {
    if (explainedHosts(details).length === 0) return details;
    const explanation = details.explanation as { chosen?: unknown; skipped?: unknown };
    return {
      ...details,
      explanation: {
        ...explanation,
        chosen: explanation.chosen ? relabel(explanation.chosen) : explanation.chosen,
        skipped: Array.isArray(explanation.skipped) ? explanation.skipped.map(relabel) : explanation.skipped,
      },
    };
  });
}
