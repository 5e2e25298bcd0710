import type { Language, MessageTemplateKind } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { messageTemplates } from '../../db/notification-schema.ts';

type TemplateRow = typeof messageTemplates.$inferSelect;

/** The organization's own templates, found by kind and language; a kind and language not here uses the default. */
export interface OrganizationMessageTemplates {
  find(kind: MessageTemplateKind, language: Language): TemplateRow | undefined;
}

/** Every template the organization edited (at most one per kind and language: a few dozen rows). */
export async function loadOrganizationMessageTemplates(
  db: Db,
  organizationId: string,
): Promise<OrganizationMessageTemplates> {
  const rows = await db
    .select()
    .from(messageTemplates)
    .where(eq(messageTemplates.organizationId, organizationId));
  return {
    find: (kind, language) => rows.find((row) => row.kind === kind && row.language === language),
  };
}
