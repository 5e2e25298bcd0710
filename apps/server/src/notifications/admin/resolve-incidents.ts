import type { AdminIncidentKind } from '@parley/api-contract';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { adminIncidents } from '../../db/notification-schema.ts';

/** Which open incidents a cause that went away closes. */
export interface IncidentResolution {
  organizationId: string;
  kinds: readonly AdminIncidentKind[];
  /** From `connectionCause(…)` or `hostCause(…)`. */
  cause: string;
}

/**
 * Closes the open incidents of a cause that went away (the connection reconnected, the host licensed
 * again), inside the caller's transaction: the bell shows them resolved, and an e-mail not sent yet is
 * not sent. Returns how many were closed; closing nothing is fine (idempotent).
 */
export async function resolveIncidents(tx: Transaction, resolution: IncidentResolution): Promise<number> {
  if (resolution.kinds.length === 0) return 0;
  const closed = await tx.db
    .update(adminIncidents)
    .set({ resolvedAt: new Date() })
    .where(
      and(
        eq(adminIncidents.organizationId, resolution.organizationId),
        inArray(adminIncidents.kind, [...resolution.kinds]),
        eq(adminIncidents.cause, resolution.cause),
        isNull(adminIncidents.resolvedAt),
      ),
    )
    .returning({ id: adminIncidents.id });
  return closed.length;
}
