import type { AuditAction } from '@parley/api-contract';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database, Transaction } from '../../db/database.ts';
import { interviews } from '../../db/interview-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';

export type InterviewRow = typeof interviews.$inferSelect;

/**
 * The interview to change, locked for the rest of the transaction. NOT_FOUND outside the organization,
 * EDIT_CONFLICT when someone changed it since the editor read `version`, INTERVIEW_NOT_EDITABLE once it is
 * cancelled or over.
 */
export async function lockEditableInterview(
  tx: Transaction,
  actor: Actor,
  interviewId: string,
  version: number,
): Promise<InterviewRow> {
  const [row] = await tx.db
    .select()
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.organizationId, actor.organizationId)))
    .for('update');
  if (!row) throw new AppError(AppErrorCode.NotFound);
  if (row.state === 'cancelled' || row.state === 'completed')
    throw new AppError(AppErrorCode.InterviewNotEditable);
  if (row.version !== version) throw new AppError(AppErrorCode.EditConflict);
  return row;
}

/**
 * Runs an editor's change in one transaction on the interview locked at the version they read (see
 * {@link lockEditableInterview}), so every edit refuses a stale page or a finished interview the same way.
 */
export function editInterview<T>(
  services: { database: Pick<Database, 'transaction'> },
  actor: Actor,
  interview: { id: string; version: number },
  change: (tx: Transaction, row: InterviewRow) => Promise<T>,
): Promise<T> {
  return services.database.transaction(async (tx) =>
    change(tx, await lockEditableInterview(tx, actor, interview.id, interview.version)),
  );
}

/** Records a change to an interview in the audit log, in the transaction of the change. */
export function auditInterviewChange(
  tx: Transaction,
  actor: Actor,
  interviewId: string,
  action: AuditAction,
  metadata: Record<string, unknown>,
) {
  return recordAuditEvent(tx, {
    organizationId: actor.organizationId,
    actorUserId: actor.userId,
    action,
    target: { type: 'interview', id: interviewId },
    result: 'success',
    metadata,
  });
}
