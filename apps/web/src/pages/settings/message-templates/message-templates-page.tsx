import type { Language, MessageTemplate, MessageTemplateKind } from '@parley/api-contract';
import { messageTemplateKinds } from '@parley/api-contract/message-template';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { messageTemplatesQuery } from '../../../queries/notifications-queries.ts';
import { QueryView } from '../../../queries/query-view.tsx';
import { MessageTemplateEditor } from './message-template-editor.tsx';
import { templateKindLabel, templateLanguageLabel } from './template-words.ts';
import '../../../styles/message-templates.css';

const templateLanguages: readonly Language[] = ['en', 'de', 'ja'];

/**
 * Settings → Message templates (admins): pick a kind of message and a language, then edit its subject and
 * body with a live preview. Each person gets the template in their own language.
 */
export function MessageTemplatesPage() {
  const { t, i18n } = useTranslation('notifications');
  const templates = useQuery(messageTemplatesQuery());
  const [kind, setKind] = useState<MessageTemplateKind>('candidate_invitation');
  // The admin's own language first: the wording they read most easily.
  const [language, setLanguage] = useState<Language>(
    () => templateLanguages.find((entry) => entry === i18n.language) ?? 'en',
  );
  return (
    <>
      <PageHeading documentTitle={t('templates.title')} intro={t('templates.intro')}>
        {t('templates.title')}
      </PageHeading>
      <div className="template-picker">
        <Field label={t('templates.kind')}>
          {(control) => (
            <select
              {...control}
              value={kind}
              onChange={(event) => setKind(event.target.value as MessageTemplateKind)}
            >
              {messageTemplateKinds.map((entry) => (
                <option key={entry} value={entry}>
                  {templateKindLabel(entry, t)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('templates.language')}>
          {(control) => (
            <select
              {...control}
              value={language}
              onChange={(event) => setLanguage(event.target.value as Language)}
            >
              {templateLanguages.map((entry) => (
                <option key={entry} value={entry}>
                  {templateLanguageLabel(entry, t)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <QueryView query={templates}>
        {({ templates: list }) => {
          const template = list.find(
            (entry: MessageTemplate) => entry.kind === kind && entry.language === language,
          );
          // A new kind or language starts the editor from what is stored; a save keeps the text as typed
          // and sends the new version next time.
          return template ? <MessageTemplateEditor key={`${kind}:${language}`} template={template} /> : null;
        }}
      </QueryView>
    </>
  );
}
