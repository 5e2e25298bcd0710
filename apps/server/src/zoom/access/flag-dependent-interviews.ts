import type { ConnectionFlagReason } from '@parley/api-contract';
import { and, eq, gte, isNull, notInArray } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { interviews } from '../../db/interview-schema.ts';

/**
 * Flags at once every upcoming interview whose meeting this connection makes: its page and the admins'
 * list say the Zoom side is in doubt until someone reconnects and re-validates. Only the first problem
 * is kept (its time says since when); interviews flagged already keep theirs. Returns how many were flagged.
 */
export async function flagDependentInterviews(
  tx: Transaction,
  connectionId: string,
  reason: ConnectionFlagReason,
  now = new Date(),
): Promise<number> {
  const flagged = await tx.db
    .update(interviews)
    .set({ connectionFlaggedAt: now, connectionFlagReason: reason })
    .where(
      and(
        eq(interviews.hostConnectionId, connectionId),
        gte(interviews.endAt, now),
        notInArray(interviews.state, ['cancelled', 'completed']),
        isNull(interviews.connectionFlaggedAt),
      ),
    )
    .returning({ id: interviews.id });
  return flagged.length;
}
