import type { InterviewResponse } from '@parley/api-contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { interviewKeys } from '../../queries/interviews-queries.ts';

/**
 * A change to one interview whose answer is the interview as it now is (cancel, retry): the answer goes
 * into the page's cache at once, and lists and busy times elsewhere refetch.
 */
export function useInterviewChange<Variables>(
  interviewId: string,
  change: (variables: Variables) => Promise<InterviewResponse>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    meta: { invalidates: [interviewKeys.lists, ['interviews', 'busy']] },
    onSuccess: (changed) => queryClient.setQueryData(interviewKeys.detail(interviewId), changed),
  });
}
