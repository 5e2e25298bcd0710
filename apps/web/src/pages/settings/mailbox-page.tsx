import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { mailboxMessagesQuery } from '../../queries/mailbox-queries.ts';
import { QueryView } from '../../queries/query-view.tsx';
import { MessageFacts } from './message-facts.tsx';

/** The embedded mail catcher's messages for this organization, newest first. */
export function MailboxPage() {
  const { t } = useTranslation();
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
                  <MessageFacts
                    message={message}
                    facts={['to', 'from', 'received']}
                    className="message-list-meta"
                  />
                </li>
              ))}
            </ul>
          )
        }
      </QueryView>
    </>
  );
}
