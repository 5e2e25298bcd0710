import {
  type Language,
  type MessageTemplateKind,
  notificationAuditActions,
  type SaveMessageTemplateInput,
} from '@parley/api-contract';
import { and, eq, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database } from '../../db/database.ts';
import { messageTemplates } from '../../db/notification-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { assertMessageTemplateValid } from './check-message-template-input.ts';

/**
 * Saves the organization's wording of one kind of message in one language. `version` is what the
 * editor read (0 for the default): when another admin saved or reset it since, EDIT_CONFLICT and nothing
 * is written. Messages recorded from now on use it; messages already waiting keep the words they had.
 */
export async function saveMessageTemplate(
  database: Database,
  actor: Actor,
  target: { kind: MessageTemplateKind; language: Language },
  { version, subject, body }: SaveMessageTemplateInput,
): Promise<void> {
  const text = { subject: subject.trim(), body: body.replace(/\r\n?/g, '\n').trim() };
  assertMessageTemplateValid(target.kind, text, actor.language);
  await database.transaction(async (tx) => {
    const where = and(
      eq(messageTemplates.organizationId, actor.organizationId),
      eq(messageTemplates.kind, target.kind),
      eq(messageTemplates.language, target.language),
    );
    const saved =
      version === 0
        ? await tx.db
            .insert(messageTemplates)
            .values({ organizationId: actor.organizationId, ...target, ...text, updatedBy: actor.userId })
            .onConflictDoNothing()
            .returning({ version: messageTemplates.version })
        : await tx.db
            .update(messageTemplates)
            .set({
              ...text,
              version: sql`${messageTemplates.version} + 1`,
              updatedBy: actor.userId,
              updatedAt: new Date(),
            })
            .where(and(where, eq(messageTemplates.version, version)))
            .returning({ version: messageTemplates.version });
    if (saved.length === 0) throw new AppError(AppErrorCode.EditConflict);
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: notificationAuditActions.messageTemplateSaved,
      target: { type: 'message_template', id: `${target.kind}:${target.language}` },
      result: 'success',
      metadata: { ...target, version: saved[0]!.version },
    });
  });
}
