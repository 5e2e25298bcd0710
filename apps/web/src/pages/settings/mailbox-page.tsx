import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { formatRecipients } from '../../format/mail-text.ts';
import { useDateTimeFormat } from '../../format/use-date-time.ts';
import { mailboxMessagesQuery } from '../../queries/mailbox-queries.ts';
import { QueryView } from '../../queries/query-view.tsx';

/** The embedded mail catcher's messages for this organization, newest first. */
export function MailboxPage() {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const messages = useQuery(mailboxMessagesQuery);
  return (
    <>
      <PageHeading documentTitle={t('mailbox.title')} intro={t('mailbox.intro')}>
        {t('mailbox.title')}
      </PageHeading>
      <div className="toolbar">
        <button type="button" className="button button-secondary" onClick={() => void messages.refetch()}>
          {t('mailbox.refresh')}
        </button>
      </div>
      <QueryView query={messages}>
        {(list) =>
          list.length === 0 ? (
            <EmptyState title={t('mailbox.emptyTitle')} text={t('mailbox.emptyText')} />
          ) : (
            <ul className="message-list" aria-label={t('mailbox.title')}>
              {list.map((message) => (
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
          )
        }
      </QueryView>
    </>
  );
}
