import { AppErrorCode } from '@parley/api-contract';
import { QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api-error.ts';
import { createQueryClient, shouldRetryRead } from './query-client.ts';

describe('shouldRetryRead', () => {
  it('shows a 4xx answer at once: it would be the same the next time', () => {
    for (const status of [400, 401, 403, 404, 409, 410, 422, 429]) {
      expect(shouldRetryRead(0, new ApiError(status, AppErrorCode.Forbidden, 'refused'))).toBe(false);
    }
  });

  it('tries a network failure or a server error twice more', () => {
    for (const error of [
      new ApiError(0, 'NETWORK_ERROR', 'unreachable'),
      new ApiError(502, 'UNEXPECTED_RESPONSE', 'proxy page'),
      new ApiError(503, AppErrorCode.ZoomUnavailable, 'later'),
    ]) {
      expect([0, 1, 2].map((failures) => shouldRetryRead(failures, error))).toEqual([true, true, false]);
    }
  });
});

describe('createQueryClient', () => {
  it('refetches the reads a successful mutation declares stale, and no others', async () => {
    const queryClient = createQueryClient();
    let zoomReads = 0;
    let userReads = 0;
    const zoomQuery = { queryKey: ['zoom', 'organization'], queryFn: async () => ++zoomReads };
    const usersQuery = { queryKey: ['users'], queryFn: async () => ++userReads };
    // Only observed queries refetch on invalidation, as on a page that shows them.
    const unobserve = [zoomQuery, usersQuery].map((options) =>
      new QueryObserver(queryClient, options).subscribe(() => {}),
    );
    await expect.poll(() => [zoomReads, userReads]).toEqual([1, 1]);

    await queryClient
      .getMutationCache()
      .build(queryClient, { mutationFn: async () => 'done', meta: { invalidates: [['zoom']] } })
      .execute(undefined);

    await expect.poll(() => queryClient.getQueryData(['zoom', 'organization'])).toBe(2);
    expect(userReads).toBe(1);
    for (const stop of unobserve) stop();
  });

  it('does not retry a failed change', async () => {
    const queryClient = createQueryClient();
    let attempts = 0;
    const mutation = queryClient.getMutationCache().build(queryClient, {
      mutationFn: async () => {
        attempts += 1;
        throw new ApiError(0, 'NETWORK_ERROR', 'unreachable');
      },
    });
    await expect(mutation.execute(undefined)).rejects.toThrow('unreachable');
    expect(attempts).toBe(1);
  });
});
