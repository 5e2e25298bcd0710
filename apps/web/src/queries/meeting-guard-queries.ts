import { queryOptions } from '@tanstack/react-query';
import { meetingGuardApi } from '../api/meeting-guard-client.ts';
import { zoomKeys } from './zoom-queries.ts';

/** Auto-recreate and the last reconcile run (admins). */
export const meetingGuardQuery = queryOptions({
  queryKey: zoomKeys.meetingGuard,
  queryFn: () => meetingGuardApi.getMeetingGuard(),
});

/** The upcoming interviews flagged because the Zoom connection their meeting depends on broke (admins). */
export const flaggedInterviewsQuery = queryOptions({
  queryKey: zoomKeys.flaggedInterviews,
  queryFn: () => meetingGuardApi.listFlaggedInterviews(),
});
