import type { HostPreviewBody, InterviewResponse, InterviewState } from '@parley/api-contract';
import { keepPreviousData, queryOptions, skipToken } from '@tanstack/react-query';
import { type BusyTimesQuery, type InterviewListQuery, interviewsApi } from '../api/interviews-client.ts';

/**
 * Cache keys of the interviews domain. Everything a scheduling change can make stale (lists, the
 * interview itself, busy times, host previews) lives under `all`, so a create, reschedule or host change
 * invalidates one prefix; `detail(id)` is what the interview page reads.
 */
export const interviewKeys = {
  all: ['interviews'] as const,
  lists: ['interviews', 'list'] as const,
  list: (query: InterviewListQuery) => ['interviews', 'list', query] as const,
  detail: (interviewId: string) => ['interviews', 'detail', interviewId] as const,
  messages: (interviewId: string) => ['interviews', 'messages', interviewId] as const,
  busy: (query: BusyTimesQuery) => ['interviews', 'busy', query] as const,
  hostPreview: (body: HostPreviewBody | null) => ['interviews', 'host-preview', body] as const,
};

/** States in which the server is still making Zoom match the interview: worth asking again soon. */
const settlingStates: ReadonlySet<InterviewState> = new Set(['scheduling', 'rescheduling']);

/** How often an interview whose meeting is being created or updated is read again. */
const settlingRefetchMilliseconds = 1_000;

/**
 * One interview. While its meeting is being created or updated (*Scheduling*, *Rescheduling*) it is read
 * again every second, so the page turns to *Confirmed* with the join link as soon as Zoom answered, even
 * before the change stream carries interviews.
 */
export const interviewQuery = (interviewId: string) =>
  queryOptions({
    queryKey: interviewKeys.detail(interviewId),
    queryFn: () => interviewsApi.getInterview(interviewId),
    refetchInterval: (query) => {
      const interview: InterviewResponse | undefined = query.state.data;
      return interview && settlingStates.has(interview.state) ? settlingRefetchMilliseconds : false;
    },
  });

/**
 * The e-mails sent about one interview and the mail server's answers (editors only). Under `all`, so the
 * `interviews` change topic (a message delivered or bounced) refetches it.
 */
export const interviewMessagesQuery = (interviewId: string) =>
  queryOptions({
    queryKey: interviewKeys.messages(interviewId),
    queryFn: () => interviewsApi.listInterviewMessages(interviewId),
  });

/** The interviewers' and hosts' interviews in the range the calendar shows. */
export const busyTimesQuery = (query: BusyTimesQuery) =>
  queryOptions({
    queryKey: interviewKeys.busy(query),
    queryFn: () => interviewsApi.listBusyTimes(query),
  });

/**
 * Who would host an interview at this time, and why; null asks nothing (no time chosen, no meeting). A
 * read although it is a POST: nothing is stored, and the same question gets the same answer until some
 * interview changes.
 */
export const hostPreviewQuery = (body: HostPreviewBody | null) =>
  queryOptions({
    queryKey: interviewKeys.hostPreview(body),
    queryFn: body ? () => interviewsApi.previewHost(body) : skipToken,
  });

/**
 * The interviews matching the filters, in start order. The previous answer stays on screen while a new
 * filter loads, so the list does not flash empty between two choices.
 */
export const interviewListQuery = (query: InterviewListQuery) =>
  queryOptions({
    queryKey: interviewKeys.list(query),
    queryFn: () => interviewsApi.listInterviews(query),
    placeholderData: keepPreviousData,
  });
