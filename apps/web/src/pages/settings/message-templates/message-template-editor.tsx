import type { MessageTemplate } from '@parley/api-contract';
import { checkMessageTemplate, messageTemplateVariablesByKind } from '@parley/api-contract/message-template';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationsApi } from '../../../api/notifications-client.ts';
import { ErrorAlert, SuccessMessage } from '../../../components/alerts.tsx';
import { splitFieldIssues } from '../../../components/error-message.ts';
import { Field } from '../../../components/field.tsx';
import { useDateTimeFormat } from '../../../format/use-date-time.ts';
import { notificationKeys } from '../../../queries/notifications-queries.ts';
import { MessageTemplatePreviewPane } from './message-template-preview.tsx';
import { describeTemplateProblem, templateVariableHelp } from './template-words.ts';

type TemplateField = 'subject' | 'body';

/** Puts `{name}` where the cursor is in the field last typed in (the body until then). */
function useInsertAtCursor(setText: (field: TemplateField, update: (text: string) => string) => void) {
  const fields = { subject: useRef<HTMLInputElement>(null), body: useRef<HTMLTextAreaElement>(null) };
  const lastField = useRef<TemplateField>('body');
  const insert = (placeholder: string) => {
    const field = lastField.current;
    const element = fields[field].current;
    const start = element?.selectionStart ?? element?.value.length ?? 0;
    const end = element?.selectionEnd ?? start;
    setText(field, (text) => text.slice(0, start) + placeholder + text.slice(end));
    requestAnimationFrame(() => {
      element?.focus();
      element?.setSelectionRange(start + placeholder.length, start + placeholder.length);
    });
  };
  return { fields, lastField, insert };
}

/** The subject and body of one template with its variables, checks as typed, preview, save and reset. */
export function MessageTemplateEditor({ template }: { template: MessageTemplate }) {
  const { t } = useTranslation('notifications');
  const formatDateTime = useDateTimeFormat();
  const queryClient = useQueryClient();
  const [text, setTextState] = useState({ subject: template.subject, body: template.body });
  const setText = (field: TemplateField, update: (value: string) => string) =>
    setTextState((current) => ({ ...current, [field]: update(current[field]) }));
  const { fields, lastField, insert } = useInsertAtCursor(setText);
  const stored = (saved: MessageTemplate) => {
    queryClient.setQueryData(
      notificationKeys.templates,
      (list: { templates: MessageTemplate[] } | undefined) =>
        list && {
          templates: list.templates.map((entry) =>
            entry.kind === saved.kind && entry.language === saved.language ? saved : entry,
          ),
        },
    );
  };
  const save = useMutation({
    mutationFn: () =>
      notificationsApi.saveMessageTemplate(template.kind, template.language, {
        ...text,
        version: template.version,
      }),
    onSuccess: stored,
  });
  const reset = useMutation({
    mutationFn: () => notificationsApi.resetMessageTemplate(template.kind, template.language),
    onSuccess: (defaults) => {
      save.reset();
      stored(defaults);
      setTextState({ subject: defaults.subject, body: defaults.body });
    },
  });
  const problems = checkMessageTemplate(template.kind, text);
  const typed = (field: TemplateField) => {
    const problem = problems.find((entry) => entry.field === field);
    return problem && describeTemplateProblem(problem, template.kind, t);
  };
  const server = splitFieldIssues(save.error, ['subject', 'body'] as const);
  const change = (field: TemplateField, value: string) => {
    save.reset();
    setText(field, () => value);
  };
  return (
    <div className="template-editor">
      <form
        className="form card"
        aria-label={t('templates.editorLabel')}
        onSubmit={(event: FormEvent<HTMLFormElement>) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <p className="field-hint">
          {template.custom
            ? t('templates.customSince', {
                name: template.updatedByName ?? '—',
                time: template.updatedAt ? formatDateTime(template.updatedAt) : '',
              })
            : t('templates.isDefault')}
        </p>
        {save.isError && <ErrorAlert error={save.error} issues={server.unplaced} />}
        {reset.isError && <ErrorAlert error={reset.error} />}
        <SuccessMessage>{save.isSuccess ? t('templates.saved') : null}</SuccessMessage>
        <Field label={t('templates.subject')} error={typed('subject') ?? server.byField.subject}>
          {(control) => (
            <input
              {...control}
              ref={fields.subject}
              name="subject"
              value={text.subject}
              onFocus={() => (lastField.current = 'subject')}
              onChange={(event) => change('subject', event.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('templates.body')}
          hint={t('templates.bodyHint')}
          error={typed('body') ?? server.byField.body}
        >
          {(control) => (
            <textarea
              {...control}
              ref={fields.body}
              name="body"
              rows={12}
              value={text.body}
              onFocus={() => (lastField.current = 'body')}
              onChange={(event) => change('body', event.target.value)}
            />
          )}
        </Field>
        <fieldset className="template-variables">
          <legend>{t('templates.variables')}</legend>
          <p className="field-hint">{t('templates.variablesHint')}</p>
          <ul>
            {messageTemplateVariablesByKind[template.kind].map((name) => (
              <li key={name}>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  title={templateVariableHelp(name, t)}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => insert(`{${name}}`)}
                >
                  {`{${name}}`}
                </button>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={save.isPending}>
            {t('templates.save')}
          </button>
          <button
            type="button"
            className="button button-secondary"
            disabled={!template.custom || reset.isPending}
            onClick={() => reset.mutate()}
          >
            {t('templates.reset')}
          </button>
        </div>
      </form>
      <MessageTemplatePreviewPane
        input={{ kind: template.kind, language: template.language, ...text }}
        valid={problems.length === 0}
      />
    </div>
  );
}
