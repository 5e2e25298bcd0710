import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type { JobListQuery, JobPage } from '../api/recruiting-api.ts';
import { recruitingApi } from '../api/recruiting-client.ts';

/**
 * Cache keys of the recruiting domain. A job's header and its board live under `job(id)`, so a move or a
 * status change invalidates one prefix and both refetch; the list lives under `jobLists`, which a new or
 * closed job makes stale.
 */
export const recruitingKeys = {
  all: ['recruiting'] as const,
  jobLists: ['recruiting', 'jobs', 'list'] as const,
  jobList: (query: JobListQuery) => ['recruiting', 'jobs', 'list', query] as const,
  job: (jobId: string) => ['recruiting', 'jobs', 'detail', jobId] as const,
  jobDetail: (jobId: string) => ['recruiting', 'jobs', 'detail', jobId, 'job'] as const,
  board: (jobId: string) => ['recruiting', 'jobs', 'detail', jobId, 'board'] as const,
  application: (applicationId: string) => ['recruiting', 'applications', applicationId] as const,
};

/**
 * The jobs matching the filters, one cursor page after another ("Load more"). A plain options object, not
 * `infiniteQueryOptions()`: sharing that 38-byte helper with the audit log made Vite split it into a chunk
 * too small to compress, which every page then loaded.
 */
export const jobListQuery = (query: JobListQuery) =>
  ({
    queryKey: recruitingKeys.jobList(query),
    queryFn: ({ pageParam }: { pageParam: string | undefined }) =>
      recruitingApi.listJobs({ ...query, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: JobPage) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  }) as const;

export const jobQuery = (jobId: string) =>
  queryOptions({ queryKey: recruitingKeys.jobDetail(jobId), queryFn: () => recruitingApi.getJob(jobId) });

export const jobBoardQuery = (jobId: string) =>
  queryOptions({ queryKey: recruitingKeys.board(jobId), queryFn: () => recruitingApi.getJobBoard(jobId) });

export const applicationQuery = (applicationId: string) =>
  queryOptions({
    queryKey: recruitingKeys.application(applicationId),
    queryFn: async () => (await recruitingApi.getApplication(applicationId)).application,
  });
