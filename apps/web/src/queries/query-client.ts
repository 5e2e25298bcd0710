import { MutationCache, QueryClient, type QueryKey } from '@tanstack/react-query';
import { ApiError } from '../api/api-error.ts';
import { refetchOnFocusWithoutLiveChanges } from './use-live-changes.ts';

declare module '@tanstack/react-query' {
  interface Register {
    mutationMeta: {
      /**
       * The cached reads this change makes stale: each key (a prefix, e.g. `zoomKeys.all`) is refetched
       * once the server confirmed the change. Declared on the mutation, so no page passes `reload` down.
       */
      invalidates?: readonly QueryKey[];
    };
  }
}

/** How often a failed read is tried again before its error is shown. */
const maximumRetries = 2;

/**
 * Whether a failed read is worth another try: a 4xx answer (not signed in, forbidden, not found, invalid
 * input, an expired link) will be the same the next time, so it is shown at once; a network failure or a
 * server error may be passing.
 */
export function shouldRetryRead(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < maximumRetries;
}

/**
 * The app's one cache of server state. Reads are retried by `shouldRetryRead`; writes never, because the
 * server may have applied a change whose answer was lost. Changes made elsewhere (another tab, a job, a
 * Zoom webhook) arrive through the change stream (use-live-changes.ts); only while that stream is down
 * does a window regaining focus refetch what it shows.
 */
export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetryRead, refetchOnWindowFocus: refetchOnFocusWithoutLiveChanges },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onSuccess: (_data, _variables, _context, mutation) => {
        for (const queryKey of mutation.meta?.invalidates ?? []) {
          void queryClient.invalidateQueries({ queryKey });
        }
      },
    }),
  });
  return queryClient;
}
