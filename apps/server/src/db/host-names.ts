import { hostLabel } from '@parley/api-contract';
import { and, eq, inArray } from 'drizzle-orm';
import { uuidPattern } from './columns.ts';
import type { Db } from './database.ts';
import { hostNameColumns, zoomHostCandidates } from './zoom-schema.ts';

/** What a host is named from (see hostNameColumns), as read for a reader. */
export type HostNameRow = Pick<typeof zoomHostCandidates.$inferSelect, keyof typeof hostNameColumns>;

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

/** The host candidates the explanations in `detailsOfEvents` name (recorded JSON: only uuids can be asked). */
export function explainedHostIds(detailsOfEvents: readonly Record<string, unknown>[]): string[] {
  return detailsOfEvents.flatMap((details) =>
    explainedHosts(details).flatMap((host) =>
      typeof host.hostCandidateId === 'string' && uuidPattern.test(host.hostCandidateId)
        ? [host.hostCandidateId]
        : [],
    ),
  );
}

/** The organization's host candidates among `ids`, by id, in one query (none asked, none read). */
export async function readHostNames(
  db: Db,
  organizationId: string,
  ids: Iterable<string>,
): Promise<Map<string, HostNameRow>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select(hostNameColumns)
    .from(zoomHostCandidates)
    .where(
      and(eq(zoomHostCandidates.organizationId, organizationId), inArray(zoomHostCandidates.id, unique)),
    );
  return new Map(rows.map((row) => [row.id, row]));
}

/**
 * The explanations in `detailsOfEvents` with each host still in `hosts` renamed for a reader of `language`;
 * a host missing there keeps the recorded label.
 */
export function relabelExplanations(
  detailsOfEvents: Record<string, unknown>[],
  hosts: ReadonlyMap<string, HostNameRow>,
  language: string,
): Record<string, unknown>[] {
  const relabel = (host: unknown): unknown => {
    const id = (host as ExplainedHost | null)?.hostCandidateId;
    const row = typeof id === 'string' ? hosts.get(id) : undefined;
    return row === undefined ? host : { ...(host as object), label: hostLabel(row, language) };
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
  const ids = explainedHostIds(detailsOfEvents);
  if (ids.length === 0) return detailsOfEvents;
  return relabelExplanations(detailsOfEvents, await readHostNames(db, organizationId, ids), language);
}
