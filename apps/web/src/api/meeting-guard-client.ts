import type {
  FlaggedInterviewResponse,
  MeetingGuardResponse,
  RevalidationResponse,
} from '@parley/api-contract';
import { api } from './parley-client.ts';

/**
 * The calls of Settings → Zoom's meeting guard (docs/interviews.md, "Reconcile" and "Connection loss"):
 * auto-recreate, *Reconcile now* and its last run, the flagged interviews and their re-validation. Kept
 * out of `ParleyApi` so they load with the Zoom settings page only.
 */
export const meetingGuardApi = {
  getMeetingGuard: () => api.http.request<MeetingGuardResponse>('GET', '/api/zoom/meeting-guard'),
  setAutoRecreate: (autoRecreate: boolean) =>
    api.http.request<MeetingGuardResponse>('PUT', '/api/zoom/meeting-guard', { autoRecreate }),
  requestReconcile: () => api.http.request<MeetingGuardResponse>('POST', '/api/zoom/meeting-guard/reconcile'),
  listFlaggedInterviews: async () =>
    (
      await api.http.request<{ interviews: FlaggedInterviewResponse[] }>(
        'GET',
        '/api/zoom/flagged-interviews',
      )
    ).interviews,
  revalidateFlaggedInterviews: () =>
    api.http.request<RevalidationResponse>('POST', '/api/zoom/flagged-interviews/revalidate'),
};
