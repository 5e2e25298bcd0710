import type { InterviewResponse } from '@parley/api-contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/api-error.ts';
import { interviewsApi } from '../../../api/interviews-client.ts';
import { interviewKeys } from '../../../queries/interviews-queries.ts';
import { recruitingKeys } from '../../../queries/recruiting-queries.ts';
import {
  hostChanged,
  meetingMovesHost,
  type ScheduleDraft,
  scheduleBodyOf,
  updateBodyOf,
} from './schedule-draft.ts';

/** What a save did: the interview as the server now has it, and whether the join link changes. */
export interface ScheduleResult {
  interview: InterviewResponse;
  /** A new host: the meeting is created there and the old one deleted, so the join link changes. */
  linkChanges: boolean;
}

interface SubmitContext {
  applicationId: string;
  timeZone: string;
  /** The interview being edited; a new one is created without it. */
  interview: InterviewResponse | undefined;
}

/**
 * Saves an existing interview: the time, people or place first (`PATCH`, only what changed), then the host
 * (`POST :id/host`) with the version the first step returned, so the second never conflicts with the first.
 */
async function saveExisting(draft: ScheduleDraft, interview: InterviewResponse, timeZone: string) {
  let current = interview;
  const update = updateBodyOf(draft, current, timeZone);
  if (update) current = await interviewsApi.updateInterview(current.id, update);
  // A move Parley's pick put on another host (its host was busy then) changes the link as well.
  let linkChanges = meetingMovesHost(interview, current.hostExplanation);
  if (hostChanged(draft, interview)) {
    const answer = await interviewsApi.changeInterviewHost(current.id, {
      version: current.version,
      host: draft.host,
    });
    current = answer.interview;
    linkChanges ||= answer.changed;
  }
  return { interview: current, linkChanges };
}

/** Creates, or reschedules and re-hosts, the interview; the answer goes straight into the cache. */
export function useScheduleSubmit(context: SubmitContext) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (draft: ScheduleDraft): Promise<ScheduleResult> => {
      if (!context.interview) {
        const body = scheduleBodyOf(draft, context.applicationId, context.timeZone);
        return { interview: await interviewsApi.scheduleInterview(body), linkChanges: false };
      }
      return saveExisting(draft, context.interview, context.timeZone);
    },
    onSuccess: ({ interview }) => {
      queryClient.setQueryData(interviewKeys.detail(interview.id), interview);
    },
    onError: (error) => {
      // Someone else changed the interview first: show the latest, keep what this recruiter chose.
      if (error instanceof ApiError && error.code === 'EDIT_CONFLICT' && context.interview) {
        void queryClient.invalidateQueries({ queryKey: interviewKeys.detail(context.interview.id) });
      }
    },
    meta: { invalidates: [interviewKeys.all, recruitingKeys.all] },
  });
}

/** Where in the dialog a failed save is explained. */
export type ErrorPlace = 'time' | 'host' | 'form';

const hostCodes: ReadonlySet<string> = new Set([
  'NO_HOST_AVAILABLE',
  'HOST_CANNOT_HOST',
  'ZOOM_NOT_CONNECTED',
  'ZOOM_NEEDS_RECONNECT',
  'ZOOM_UNAVAILABLE',
]);

/** Host and Zoom failures belong beside the host choice, invalid times beside the time; the rest on top. */
export function errorPlaceOf(error: unknown): ErrorPlace {
  if (!(error instanceof ApiError)) return 'form';
  if (hostCodes.has(error.code)) return 'host';
  const aboutTime = error.details.some((issue) => /(startAt|timeZone|durationMinutes)$/.test(issue.path));
  return error.code === 'VALIDATION_FAILED' && aboutTime ? 'time' : 'form';
}

/** The `host.<label>` → reason details of `NO_HOST_AVAILABLE` / `HOST_CANNOT_HOST`. */
export function hostIssuesOf(error: unknown): { label: string; reasonKind: string }[] {
  if (!(error instanceof ApiError)) return [];
  return error.details
    .filter((issue) => issue.path.startsWith('host.'))
    .map((issue) => ({ label: issue.path.slice('host.'.length), reasonKind: issue.message }));
}
