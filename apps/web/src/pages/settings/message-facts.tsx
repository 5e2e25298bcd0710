import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRecipients } from '../../format/mail-text.ts';
import { useDateTimeFormat } from '../../format/use-date-time.ts';

type Fact = 'from' | 'to' | 'received';

interface CaughtMessage {
  from: string;
  to: readonly string[];
  receivedAt: string;
}

/**
 * Who sent a caught e-mail, to whom, and when it arrived, in the order `facts` gives: the list leads with
 * the recipient (whom a developer looks for), the message page with the sender, as a mail client does.
 */
export function MessageFacts({
  message,
  facts,
  className,
}: {
  message: CaughtMessage;
  facts: readonly Fact[];
  className: string;
}) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const values: Record<Fact, ReactNode> = {
    from: message.from,
    to: formatRecipients(message.to),
    received: <time dateTime={message.receivedAt}>{formatDateTime(message.receivedAt)}</time>,
  };
  const labels: Record<Fact, string> = {
    from: t('mailbox.from'),
    to: t('mailbox.to'),
    received: t('mailbox.received'),
  };
  return (
    <dl className={className}>
      {facts.map((fact) => (
        <div key={fact}>
          <dt>{labels[fact]}</dt>
          <dd>{values[fact]}</dd>
        </div>
      ))}
    </dl>
  );
}
