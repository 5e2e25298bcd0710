import type {
  BusyTime,
  ChangeHostBody,
  HostExplanation,
  HostPreviewBody,
  InterviewMessageResponse,
  InterviewResponse,
  InterviewState,
  ScheduleInterviewBody,
  UpdateInterviewBody,
} from '@parley/api-contract';
import type { HttpClient } from './http-client.ts';
import { api } from './parley-client.ts';
import { queryString } from './zoom-api.ts';

const segment = encodeURIComponent;

/** `GET /api/interviews/busy`: whose busy times the calendar shows, and for which range. */
export interface BusyTimesQuery {
  from: string;
  to: string;
  userIds: readonly string[];
  hostCandidateIds: readonly string[];
}

/**
 * The filters of `GET /api/interviews` (docs/interviews.md): `mine` keeps the interviews the viewer is an
 * interviewer on; `from`/`to` are instants bounding the start.
 */
export interface InterviewListQuery {
  mine: boolean;
  jobId?: string;
  applicationId?: string;
  from?: string;
  to?: string;
  state?: InterviewState;
}

/** What `POST /api/interviews/host-preview` answers: who would host, why, and the range in UTC. */
export interface HostPreview {
  explanation: HostExplanation;
  startAt: string;
  endAt: string;
}

/**
 * Typed calls for the interview endpoints of docs/interviews.md. Bodies are the contract's input types
 * with the server's defaults spelled out, so a caller cannot forget the host choice or the interviewers.
 */
export function createInterviewCalls(http: HttpClient) {
  return {
    previewHost: (body: HostPreviewBody) =>
      http.request<HostPreview>('POST', '/api/interviews/host-preview', body),
    scheduleInterview: async (body: ScheduleInterviewBody) =>
      (await http.request<{ interview: InterviewResponse }>('POST', '/api/interviews', body)).interview,
    listBusyTimes: async (query: BusyTimesQuery) =>
      (
        await http.request<{ busy: BusyTime[] }>(
          'GET',
          `/api/interviews/busy${queryString({
            from: query.from,
            to: query.to,
            userIds: query.userIds.join(','),
            hostCandidateIds: query.hostCandidateIds.join(','),
          })}`,
        )
      ).busy,
    getInterview: async (interviewId: string) =>
      (await http.request<{ interview: InterviewResponse }>('GET', `/api/interviews/${segment(interviewId)}`))
        .interview,
    updateInterview: async (interviewId: string, body: UpdateInterviewBody) =>
      (
        await http.request<{ interview: InterviewResponse }>(
          'PATCH',
          `/api/interviews/${segment(interviewId)}`,
          body,
        )
      ).interview,
    listInterviews: async ({ mine, ...filters }: InterviewListQuery) =>
      (
        await http.request<{ interviews: InterviewResponse[] }>(
          'GET',
          `/api/interviews${queryString({ ...filters, mine: mine ? 'true' : undefined })}`,
        )
      ).interviews,
    cancelInterview: async (interview: Pick<InterviewResponse, 'id' | 'version'>, reason: string) =>
      (
        await http.request<{ interview: InterviewResponse }>(
          'POST',
          `/api/interviews/${segment(interview.id)}/cancel`,
          { version: interview.version, reason },
        )
      ).interview,
    /** Recreate a meeting deleted in Zoom, keep Zoom's time, or restore Parley's (docs/interviews.md). */
    settleMeetingChange: async (
      interview: Pick<InterviewResponse, 'id' | 'version'>,
      action: 'recreate' | 'keep-zoom-time' | 'restore-time',
    ) =>
      (
        await http.request<{ interview: InterviewResponse }>(
          'POST',
          `/api/interviews/${segment(interview.id)}/meeting/${action}`,
          { version: interview.version },
        )
      ).interview,
    retryInterviewMeeting: async (interview: Pick<InterviewResponse, 'id' | 'version'>) =>
      (
        await http.request<{ interview: InterviewResponse }>(
          'POST',
          `/api/interviews/${segment(interview.id)}/meeting/retry`,
          { version: interview.version },
        )
      ).interview,
    listInterviewMessages: async (interviewId: string) =>
      (
        await http.request<{ messages: InterviewMessageResponse[] }>(
          'GET',
          `/api/interviews/${segment(interviewId)}/messages`,
        )
      ).messages,
    changeInterviewHost: (interviewId: string, body: ChangeHostBody) =>
      http.request<{ changed: boolean; interview: InterviewResponse }>(
        'POST',
        `/api/interviews/${segment(interviewId)}/host`,
        body,
      ),
  };
}

/**
 * The interview calls on the app's one HTTP client. Kept out of `ParleyApi` so that they load with the
 * interview pages instead of with the login page (scripts/check-web-size.ts).
 */
export const interviewsApi = createInterviewCalls(api.http);
