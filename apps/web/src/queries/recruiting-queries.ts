import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import type {
  ApplicationListQuery,
  ApplicationPage,
  CandidateListQuery,
  CandidatePage,
  JobListQuery,
  JobPage,
} from '../api/recruiting-api.ts';
import { recruitingApi } from '../api/recruiting-client.ts';

/**
 * Cache keys of the recruiting domain. A job's header, its board and its table live under `job(id)`, so a
 * move or a status change invalidates one prefix and all refetch; the list lives under `jobLists`, which
 * a new or closed job makes stale. Candidates live under `candidates`: a new application changes both the
 * job and the candidate, so a change names both prefixes.
 */
export const recruitingKeys = {
  all: ['recruiting'] as const,
  jobLists: ['recruiting', 'jobs', 'list'] as const,
  jobList: (query: JobListQuery) => ['recruiting', 'jobs', 'list', query] as const,
  job: (jobId: string) => ['recruiting', 'jobs', 'detail', jobId] as const,
  jobDetail: (jobId: string) => ['recruiting', 'jobs', 'detail', jobId, 'job'] as const,
  board: (jobId: string, cardsPerColumn?: number) =>
    ['recruiting', 'jobs', 'detail', jobId, 'board', cardsPerColumn ?? 50] as const,
  jobApplications: (jobId: string, query: ApplicationListQuery) =>
    ['recruiting', 'jobs', 'detail', jobId, 'applications', query] as const,
  candidates: ['recruiting', 'candidates'] as const,
  candidateList: (query: CandidateListQuery) => ['recruiting', 'candidates', 'list', query] as const,
  candidate: (candidateId: string) => ['recruiting', 'candidates', 'detail', candidateId] as const,
  applications: ['recruiting', 'applications'] as const,
  application: (applicationId: string) => ['recruiting', 'applications', applicationId] as const,
  applicationHistory: (applicationId: string) =>
    ['recruiting', 'applications', applicationId, 'history'] as const,
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

/** The candidates matching a search, a page at a time; the server searches, so thousands stay fast. */
export const candidateListQuery = (query: CandidateListQuery) =>
  ({
    queryKey: recruitingKeys.candidateList(query),
    queryFn: ({ pageParam }: { pageParam: string | undefined }) =>
      recruitingApi.listCandidates({ ...query, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: CandidatePage) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  }) as const;

/** A job's applications as table rows, longest in their stage first, a page at a time. */
export const jobApplicationsQuery = (jobId: string, query: ApplicationListQuery) =>
  ({
    queryKey: recruitingKeys.jobApplications(jobId, query),
    queryFn: ({ pageParam }: { pageParam: string | undefined }) =>
      recruitingApi.listJobApplications(jobId, { ...query, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page: ApplicationPage) => page.nextCursor ?? undefined,
    placeholderData: keepPreviousData,
  }) as const;

/** The open jobs to choose from when adding an application (the first 200, newest first). */
export const openJobChoicesQuery = queryOptions({
  queryKey: [...recruitingKeys.jobLists, 'open-choices'] as const,
  queryFn: () => recruitingApi.listJobs({ status: 'open', limit: 200 }),
});

export const jobQuery = (jobId: string) =>
  queryOptions({ queryKey: recruitingKeys.jobDetail(jobId), queryFn: () => recruitingApi.getJob(jobId) });

/** The board with up to `cardsPerColumn` cards per column (50 unless a column was paged further). */
export const jobBoardQuery = (jobId: string, cardsPerColumn?: number) =>
  queryOptions({
    queryKey: recruitingKeys.board(jobId, cardsPerColumn),
    queryFn: () => recruitingApi.getJobBoard(jobId, cardsPerColumn),
    placeholderData: keepPreviousData,
  });

export const candidateQuery = (candidateId: string) =>
  queryOptions({
    queryKey: recruitingKeys.candidate(candidateId),
    queryFn: () => recruitingApi.getCandidate(candidateId),
  });

export const applicationQuery = (applicationId: string) =>
  queryOptions({
    queryKey: recruitingKeys.application(applicationId),
    queryFn: async () => (await recruitingApi.getApplication(applicationId)).application,
  });

/** An application with its history of moves (who, when, from, to), from the audit log. */
export const applicationHistoryQuery = (applicationId: string) =>
  queryOptions({
    queryKey: recruitingKeys.applicationHistory(applicationId),
    queryFn: () => recruitingApi.getApplication(applicationId),
  });
