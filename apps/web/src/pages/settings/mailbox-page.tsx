import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/parley-client.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useApiResource } from '../../components/use-api-resource.ts';
import { formatRecipients } from '../../format/mail-text.ts';
import { useDateTimeFormat } from '../../format/use-date-time.ts';

/** The embedded mail catcher's messages for this organization, newest first. */
export function MailboxPage() {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const { state, reload } = useApiResource(() => api.listMailboxMessages(), []);
  return (
    <>
      <PageHeading documentTitle={t('mailbox.title')} intro={t('mailbox.intro')}>
        {t('mailbox.title')}
      </PageHeading>
      <div className="toolbar">
        <button type="button" className="button button-secondary" onClick={reload}>
          {t('mailbox.refresh')}
        </button>
      </div>
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === 'loaded' &&
        (state.data.length === 0 ? (
          <EmptyState title={t('mailbox.emptyTitle')} text={t('mailbox.emptyText')} />
        ) : (
          <ul className="message-list" aria-label={t('mailbox.title')}>
            {state.data.map((message) => (
              <li key={message.id}>
                <Link
                  to={`/settings/mailbox/${encodeURIComponent(message.id)}`}
                  className="message-list-subject"
                >
                  {message.subject || t('mailbox.noSubject')}
                </Link>
                <dl className="message-list-meta">
                  <div>
                    <dt>{t('mailbox.to')}</dt>
                    <dd>{formatRecipients(message.to)}</dd>
                  </div>
                  <div>
                    <dt>{t('mailbox.from')}</dt>
                    <dd>{message.from}</dd>
                  </div>
                  <div>
                    <dt>{t('mailbox.received')}</dt>
                    <dd>
                      <time dateTime={message.receivedAt}>{formatDateTime(message.receivedAt)}</time>
                    </dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        ))}
    </>
  );
}
