import { type QueryClient, type QueryKey, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { accountKeys } from './accounts-queries.ts';
import { auditKeys } from './audit-queries.ts';
import { zoomKeys } from './zoom-queries.ts';

/** The topics of `GET /api/changes` (docs/api.md) and the cached reads each one makes stale. */
const keysByTopic: Record<string, readonly QueryKey[]> = {
  zoom: [zoomKeys.all, auditKeys.all],
  accounts: [accountKeys.users, accountKeys.members, accountKeys.invitations, auditKeys.all],
  // `interviewKeys.all` spelled out: importing interviews-queries.ts here would load the interview calls
  // with every signed-in page instead of with the interview pages.
  interviews: [['interviews'], zoomKeys.flaggedInterviews, auditKeys.all],
  // `notificationKeys.all` spelled out for the same reason: the bell's calls load with the bell.
  notifications: [['notifications']],
};

let streamOpen = false;

/**
 * Whether a window regaining focus should refetch: only while the change stream is down, because
 * while it is open every change arrives through it anyway.
 */
export function refetchOnFocusWithoutLiveChanges(): boolean {
  return !streamOpen;
}

function invalidate(queryClient: QueryClient, topic: string): void {
  const keys = keysByTopic[topic];
  if (!keys) {
    // `everything`, or a topic newer than this page: refetch what is shown.
    void queryClient.invalidateQueries();
    return;
  }
  for (const queryKey of keys) void queryClient.invalidateQueries({ queryKey });
}

/**
 * Keeps the signed-in pages current: listens to the server's change stream (Server-Sent Events; the
 * browser reconnects by itself) and refetches the reads of each changed topic. After a reconnect it
 * refetches everything shown, since changes may have been missed meanwhile.
 */
export function useLiveChanges(): void {
  const queryClient = useQueryClient();
  useEffect(() => {
    const source = new EventSource('/api/changes');
    let connectedBefore = false;
    source.addEventListener('ready', () => {
      streamOpen = true;
      if (connectedBefore) void queryClient.invalidateQueries();
      connectedBefore = true;
    });
    source.addEventListener('change', (event: MessageEvent<string>) => {
      const { topic } = JSON.parse(event.data) as { topic: string };
      invalidate(queryClient, topic);
    });
    source.addEventListener('error', () => {
      streamOpen = false;
    });
    return () => {
      streamOpen = false;
      source.close();
    };
  }, [queryClient]);
}
