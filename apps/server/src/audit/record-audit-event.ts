import type { AuditAction, AuditResult } from '@parley/api-contract';
import type { Transaction } from '../db/database.ts';
import { auditEvents } from '../db/schema.ts';

/** One entry of the append-only audit log. */
export interface AuditEvent {
  organizationId: string | null;
  actorUserId: string | null;
  /** One of the contract's audit actions, e.g. `user.invited`, `auth.login_failed`. */
  action: AuditAction;
  target?: { type: string; id: string };
  result: AuditResult;
  /** Never secrets: no tokens, passwords or session ids. */
  metadata?: Record<string, unknown>;
}

/** Appends an event to the audit log in the transaction of the change it records. */
export async function recordAuditEvent(tx: Pick<Transaction, 'db'>, event: AuditEvent): Promise<void> {
  await tx.db.insert(auditEvents).values({
    organizationId: event.organizationId,
    actorUserId: event.actorUserId,
    action: event.action,
    targetType: event.target?.type ?? null,
    targetId: event.target?.id ?? null,
    result: event.result,
    metadata: event.metadata ?? {},
  });
}
