import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/parley-client.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useApiResource } from '../../components/use-api-resource.ts';
import { formatRecipients, readableMailText } from '../../format/mail-text.ts';
import { useDateTimeFormat } from '../../format/use-date-time.ts';
import { LinkifiedText } from './linkified-text.tsx';

/** One caught email: subject as the page heading, sender, recipients, date, and the text with live links. */
export function MailboxMessagePage() {
  const { t } = useTranslation();
  const { messageId = '' } = useParams();
  const formatDateTime = useDateTimeFormat();
  const { state, reload } = useApiResource(() => api.getMailboxMessage(messageId), [messageId]);

  const backLink = (
    <p className="back-link">
      <Link to="/settings/mailbox">
        <span aria-hidden="true">← </span>
        {t('mailbox.backToList')}
      </Link>
    </p>
  );
  if (state.status !== 'loaded') {
    return (
      <>
        {backLink}
        <PageHeading documentTitle={t('mailbox.title')}>{t('mailbox.title')}</PageHeading>
        {state.status === 'loading' ? <Loading /> : <ErrorAlert error={state.error} onRetry={reload} />}
      </>
    );
  }

  const message = state.data;
  const subject = message.subject || t('mailbox.noSubject');
  return (
    <>
      {backLink}
      <PageHeading documentTitle={subject}>{subject}</PageHeading>
      <article className="card message" aria-label={subject}>
        <dl className="facts">
          <div>
            <dt>{t('mailbox.from')}</dt>
            <dd>{message.from}</dd>
          </div>
          <div>
            <dt>{t('mailbox.to')}</dt>
            <dd>{formatRecipients(message.to)}</dd>
          </div>
          <div>
            <dt>{t('mailbox.received')}</dt>
            <dd>
              <time dateTime={message.receivedAt}>{formatDateTime(message.receivedAt)}</time>
            </dd>
          </div>
        </dl>
        <section className="message-body" aria-label={t('mailbox.messageBody')}>
          <LinkifiedText text={readableMailText(message.text, message.html)} />
        </section>
      </article>
    </>
  );
}
