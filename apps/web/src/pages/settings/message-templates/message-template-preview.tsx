import type { PreviewMessageTemplateInput } from '@parley/api-contract';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { useDebouncedValue } from '../../../components/use-debounced-value.ts';
import { messageTemplatePreviewQuery } from '../../../queries/notifications-queries.ts';

/**
 * The message as a person would get it, with sample data, rendered by the server's own mail renderer
 * (HTML in an empty sandbox, and the text part), following the typing after a short pause.
 */
export function MessageTemplatePreviewPane({
  input,
  valid,
}: {
  input: PreviewMessageTemplateInput;
  valid: boolean;
}) {
  const { t } = useTranslation('notifications');
  const settled = useDebouncedValue(input, 400);
  const preview = useQuery({
    ...messageTemplatePreviewQuery(settled),
    enabled: valid,
    placeholderData: keepPreviousData,
  });
  return (
    <section className="card template-preview" aria-labelledby="template-preview-title">
      <h2 id="template-preview-title">{t('templates.preview')}</h2>
      <p className="field-hint">{t('templates.previewHint')}</p>
      {!valid && <p className="field-hint">{t('templates.previewBlocked')}</p>}
      {valid && preview.isError && <ErrorAlert error={preview.error} />}
      {valid && preview.data && (
        <>
          <p className="template-preview-subject">
            <span className="field-hint">{t('templates.previewSubject')}</span> {preview.data.subject}
          </p>
          {/* An empty sandbox: the mail's HTML shows as a client would, but runs nothing. */}
          <iframe
            className="message-html"
            title={t('templates.previewHtml')}
            sandbox=""
            srcDoc={preview.data.html}
          />
          <details className="message-part">
            <summary>{t('templates.previewText')}</summary>
            <pre className="message-text">{preview.data.text}</pre>
          </details>
        </>
      )}
    </section>
  );
}
