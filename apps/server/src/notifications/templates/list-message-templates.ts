import {
  type Language,
  languages,
  type MessageTemplate,
  type MessageTemplateKind,
  messageTemplateKinds,
} from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { users } from '../../db/schema.ts';
import { defaultMessageTemplate } from '../invitations/message-template-defaults.ts';
import { loadOrganizationMessageTemplates } from '../invitations/organization-message-templates.ts';

/** One template as the editor sees it: the organization's own, or the default with version 0. */
export async function getMessageTemplate(
  db: Db,
  actor: Actor,
  kind: MessageTemplateKind,
  language: Language,
): Promise<MessageTemplate> {
  const [template] = (await listMessageTemplates(db, actor)).templates.filter(
    (entry) => entry.kind === kind && entry.language === language,
  );
  return template!;
}

/** Every kind of message in every language, the organization's own wording where it has one. */
export async function listMessageTemplates(db: Db, actor: Actor): Promise<{ templates: MessageTemplate[] }> {
  const own = await loadOrganizationMessageTemplates(db, actor.organizationId);
  const editors = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .where(eq(users.organizationId, actor.organizationId));
  const templates = messageTemplateKinds.flatMap((kind) =>
    languages.map((language): MessageTemplate => {
      const row = own.find(kind, language);
      if (!row) {
        const text = defaultMessageTemplate(kind, language);
        return { kind, language, ...text, custom: false, version: 0, updatedAt: null, updatedByName: null };
      }
      return {
        kind,
        language,
        subject: row.subject,
        body: row.body,
        custom: true,
        version: row.version,
        updatedAt: row.updatedAt.toISOString(),
        updatedByName: editors.find((user) => user.id === row.updatedBy)?.name ?? null,
      };
    }),
  );
  return { templates };
}
