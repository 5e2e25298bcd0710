import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/parley-client.ts';

/** Cache keys of the developer mailbox. */
export const mailboxKeys = {
  all: ['mailbox'] as const,
  messages: ['mailbox', 'messages'] as const,
  message: (messageId: string) => ['mailbox', 'message', messageId] as const,
};

export const mailboxMessagesQuery = queryOptions({
  queryKey: mailboxKeys.messages,
  queryFn: () => api.listMailboxMessages(),
});

export const mailboxMessageQuery = (messageId: string) =>
  queryOptions({
    queryKey: mailboxKeys.message(messageId),
    queryFn: () => api.getMailboxMessage(messageId),
  });
