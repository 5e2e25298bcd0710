import type {
  InterviewMessageKind,
  InterviewMessageResponse,
  InterviewMessageState,
  InterviewResponse,
} from '@parley/api-contract';
import { useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useDateTimeFormat } from '../../format/use-date-time.ts';
import { interviewMessagesQuery } from '../../queries/interviews-queries.ts';
import { QueryView } from '../../queries/query-view.tsx';

/** The kind in words ("invitation", "Absage"); literal keys, so the i18n scan sees them. */
function kindWord(kind: InterviewMessageKind, t: TFunction<'interviews'>): string {
  switch (kind) {
    case 'invitation':
      return t('messages.kind.invitation');
    case 'update':
      return t('messages.kind.update');
    case 'cancellation':
      return t('messages.kind.cancellation');
  }
}

function stateWords(state: InterviewMessageState, time: string, t: TFunction<'interviews'>): string {
  switch (state) {
    case 'queued':
      return t('messages.state.queued');
    case 'retrying':
      return t('messages.state.retrying');
    case 'delivered':
      return t('messages.state.delivered', { time });
    case 'failed':
      return t('messages.state.failed', { time });
  }
}

/**
 * The e-mails sent about the interview (editors): a bounce stands out first, in words a recruiter can act
 * on ("The invitation to ana@example.com bounced: 550 mailbox unavailable"), then every message with its
 * kind, recipient, version and whether the mail server took it.
 */
export function InterviewMessages({ interview }: { interview: Pick<InterviewResponse, 'id'> }) {
  const { t } = useTranslation('interviews');
  const messages = useQuery(interviewMessagesQuery(interview.id));
  return (
    <section className="card interview-messages" aria-labelledby="interview-messages-heading">
      <h2 id="interview-messages-heading">{t('messages.heading')}</h2>
      <QueryView query={messages}>{(loaded) => <MessageList messages={loaded} />}</QueryView>
    </section>
  );
}

function MessageList({ messages }: { messages: InterviewMessageResponse[] }) {
  const { t } = useTranslation('interviews');
  const formatTime = useDateTimeFormat();
  if (messages.length === 0) return <p>{t('messages.empty')}</p>;
  const failed = messages.filter((message) => message.state === 'failed');
  return (
    <>
      {failed.map((message) => (
        <p key={message.id} className="alert alert-warning" role="alert">
          {t('messages.bounced', {
            kind: kindWord(message.kind, t),
            email: message.recipientEmail,
            answer: message.smtpResponse ?? '',
          })}
        </p>
      ))}
      <ul className="interview-message-list">
        {messages.map((message) => (
          <li key={message.id}>
            {t('messages.line', {
              kind: kindWord(message.kind, t),
              name: message.recipientName,
              email: message.recipientEmail,
              version: message.version,
            })}
            {' · '}
            <span className={message.state === 'failed' ? 'text-danger' : undefined}>
              {stateWords(message.state, formatTime(message.settledAt ?? message.createdAt), t)}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * "Add to calendar": the invitations' calendar event as a file, for everyone who sees the interview. For
 * a cancelled interview the file cancels the event (METHOD:CANCEL), so the link says that it removes it.
 */
export function AddToCalendarLink({ interview }: { interview: Pick<InterviewResponse, 'id' | 'state'> }) {
  const { t } = useTranslation('interviews');
  return (
    <a
      className="button button-secondary"
      href={`/api/interviews/${encodeURIComponent(interview.id)}/calendar.ics`}
      download
    >
      {interview.state === 'cancelled' ? t('messages.removeFromCalendar') : t('messages.addToCalendar')}
    </a>
  );
}
