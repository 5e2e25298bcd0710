import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeading } from '../../components/page-heading.tsx';
import { readableMailText } from '../../format/mail-text.ts';
import { mailboxMessageQuery } from '../../queries/mailbox-queries.ts';
import { QueryView } from '../../queries/query-view.tsx';
import { LinkifiedText } from './linkified-text.tsx';
import { MessageFacts } from './message-facts.tsx';

/** One caught email: subject as the page heading, sender, recipients, date, and the text with live links. */
export function MailboxMessagePage() {
  const { t } = useTranslation();
  const { messageId = '' } = useParams();
  const query = useQuery(mailboxMessageQuery(messageId));

  const backLink = (
    <p className="back-link">
      <Link to="/settings/mailbox">
        <span aria-hidden="true">← </span>
        {t('mailbox.backToList')}
      </Link>
    </p>
  );
  if (query.status !== 'success') {
    return (
      <>
        {backLink}
        <PageHeading documentTitle={t('mailbox.title')}>{t('mailbox.title')}</PageHeading>
        <QueryView query={query}>{() => null}</QueryView>
      </>
    );
  }

  const message = query.data;
  const subject = message.subject || t('mailbox.noSubject');
  return (
    <>
      {backLink}
      <PageHeading documentTitle={subject}>{subject}</PageHeading>
      <article className="card message" aria-label={subject}>
        <MessageFacts message={message} facts={['from', 'to', 'received']} className="facts" />
        <section className="message-body" aria-label={t('mailbox.messageBody')}>
          <LinkifiedText text={readableMailText(message.text, message.html)} />
        </section>
        {message.html !== null && (
          <details className="message-part">
            <summary>{t('mailbox.htmlPart')}</summary>
            {/* An empty sandbox: the mail's HTML shows as a client would, but runs nothing. */}
            <iframe className="message-html" title={t('mailbox.htmlPart')} sandbox="" srcDoc={message.html} />
          </details>
        )}
        {message.calendar !== null && (
          <details className="message-part" open>
            <summary>{t('mailbox.calendarPart')}</summary>
            <pre className="message-calendar">{message.calendar}</pre>
          </details>
        )}
      </article>
    </>
  );
}
