import { type Language, type MessageTemplateKind, notificationAuditActions } from '@parley/api-contract';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database } from '../../db/database.ts';
import { messageTemplates } from '../../db/notification-schema.ts';

/**
 * Puts Parley's default wording back for one kind of message in one language (the organization's row is
 * removed, so later improvements to the default reach it too). Resetting a default changes nothing and
 * records nothing.
 */
export async function resetMessageTemplate(
  database: Database,
  actor: Actor,
  target: { kind: MessageTemplateKind; language: Language },
): Promise<void> {
  await database.transaction(async (tx) => {
    const removed = await tx.db
      .delete(messageTemplates)
      .where(
        and(
          eq(messageTemplates.organizationId, actor.organizationId),
          eq(messageTemplates.kind, target.kind),
          eq(messageTemplates.language, target.language),
        ),
      )
      .returning({ version: messageTemplates.version });
    if (removed.length === 0) return;
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: notificationAuditActions.messageTemplateReset,
      target: { type: 'message_template', id: `${target.kind}:${target.language}` },
      result: 'success',
      metadata: { ...target, version: removed[0]!.version },
    });
  });
}
