import type {
  ApplicationCard,
  ApplicationStatus,
  ApplicationWithHistory,
  Board,
  CandidateSummary,
  CandidateWithApplications,
  CreateCandidateInput,
  CreateJobInput,
  CreateStageInput,
  ImportMapping,
  ImportPreview,
  ImportResult,
  Job,
  JobStatus,
  JobSummary,
  MergeCandidateInput,
  UpdateCandidateInput,
  UpdateJobInput,
  UpdateStageInput,
} from '@parley/api-contract';
import { ApiError, processErrorBody } from './api-error.ts';
import type { HttpClient } from './http-client.ts';
import { queryString } from './zoom-api.ts';

const segment = encodeURIComponent;

/** The filters of `GET /api/jobs` (docs/api.md, "Recruiting"); the cursor pages through them. */
/** How far a running import is: rows written of the file's rows (docs/api.md, the import's stream). */
export interface ImportProgress {
  processed: number;
  total: number;
}

export interface JobListQuery {
  search?: string;
  status?: JobStatus;
  department?: string;
}

export interface JobPage {
  jobs: JobSummary[];
  nextCursor: string | null;
  departments: string[];
}

/** The filters of `GET /api/candidates`. */
export interface CandidateListQuery {
  search?: string;
  jobId?: string;
}

export interface CandidatePage {
  candidates: CandidateSummary[];
  nextCursor: string | null;
}

/** The filters of `GET /api/jobs/{id}/applications` (the table view). */
export interface ApplicationListQuery {
  status: ApplicationStatus;
  stageId?: string;
  limit?: number;
}

export interface ApplicationPage {
  applications: ApplicationCard[];
  nextCursor: string | null;
}

/** A candidate with every application they made (the contract's `CandidateWithApplications`). */
export type CandidateDetail = CandidateWithApplications;

/** An application with its history of moves (the contract's `ApplicationWithHistory`). */
export type ApplicationDetail = ApplicationWithHistory;

type Versioned = { id: string; version: number };

/** Typed calls for the recruiting endpoints of docs/api.md. */
export function createRecruitingCalls(http: HttpClient) {
  const jobPath = (jobId: string) => `/api/jobs/${segment(jobId)}`;
  const applicationPath = (applicationId: string) => `/api/applications/${segment(applicationId)}`;
  const candidatePath = (candidateId: string) => `/api/candidates/${segment(candidateId)}`;
  return {
    listJobs: (query: JobListQuery & { cursor?: string | undefined; limit?: number }) =>
      http.request<JobPage>('GET', `/api/jobs${queryString({ ...query })}`),
    createJob: (input: CreateJobInput) => http.request<Job>('POST', '/api/jobs', input),
    getJob: (jobId: string) => http.request<Job>('GET', jobPath(jobId)),
    updateJob: (jobId: string, changes: UpdateJobInput) =>
      http.request<Job>('PATCH', jobPath(jobId), changes),
    closeJob: (job: Versioned) =>
      http.request<Job>('POST', `${jobPath(job.id)}/close`, { version: job.version }),
    reopenJob: (job: Versioned) =>
      http.request<Job>('POST', `${jobPath(job.id)}/reopen`, { version: job.version }),
    getJobBoard: (jobId: string, cardsPerColumn?: number) =>
      http.request<Board>('GET', `${jobPath(jobId)}/board${queryString({ cardsPerColumn })}`),
    listJobApplications: (jobId: string, query: ApplicationListQuery & { cursor?: string | undefined }) =>
      http.request<ApplicationPage>('GET', `${jobPath(jobId)}/applications${queryString({ ...query })}`),

    addStage: (jobId: string, input: CreateStageInput) =>
      http.request<Job>('POST', `${jobPath(jobId)}/stages`, input),
    updateStage: (jobId: string, stageId: string, changes: UpdateStageInput) =>
      http.request<Job>('PATCH', `${jobPath(jobId)}/stages/${segment(stageId)}`, changes),
    reorderStages: (jobId: string, stageIds: string[]) =>
      http.request<Job>('PUT', `${jobPath(jobId)}/stages/order`, { stageIds }),
    removeStage: (jobId: string, stageId: string) =>
      http.request<Job>('DELETE', `${jobPath(jobId)}/stages/${segment(stageId)}`),

    listCandidates: (query: CandidateListQuery & { cursor?: string | undefined }) =>
      http.request<CandidatePage>('GET', `/api/candidates${queryString({ ...query })}`),
    createCandidate: (input: CreateCandidateInput) =>
      http.request<CandidateDetail>('POST', '/api/candidates', input),
    getCandidate: (candidateId: string) => http.request<CandidateDetail>('GET', candidatePath(candidateId)),
    updateCandidate: (candidateId: string, changes: UpdateCandidateInput) =>
      http.request<CandidateDetail>('PATCH', candidatePath(candidateId), changes),
    mergeCandidate: (candidateId: string, input: MergeCandidateInput) =>
      http.request<CandidateDetail>('POST', `${candidatePath(candidateId)}/merge`, input),
    previewImport: (csv: string, mapping?: ImportMapping) =>
      http.request<ImportPreview>('POST', '/api/candidates/import/preview', { csv, mapping }),
    /** The import, all rows or none, telling `onProgress` how many rows are written as it goes. */
    importCandidates: async (
      input: { csv: string; mapping: ImportMapping; jobId?: string; stageId?: string },
      onProgress: (progress: ImportProgress) => void = () => {},
    ): Promise<ImportResult> => {
      let outcome: { result: ImportResult } | { error: ApiError } | undefined;
      await http.requestLines('POST', '/api/candidates/import', input, (line) => {
        const answer = line as { progress?: ImportProgress; result?: ImportResult; error?: unknown };
        if (answer.progress) onProgress(answer.progress);
        else if (answer.result) outcome = { result: answer.result };
        else if (answer.error) outcome = { error: processErrorBody(500, answer) };
      });
      if (!outcome) throw new ApiError(0, 'NETWORK_ERROR', 'The import ended without an answer');
      if ('error' in outcome) throw outcome.error;
      return outcome.result;
    },

    createApplication: (input: { candidateId: string; jobId: string; stageId?: string }) =>
      http.request<ApplicationCard>('POST', '/api/applications', input),
    getApplication: (applicationId: string) =>
      http.request<ApplicationDetail>('GET', applicationPath(applicationId)),
    moveApplication: (application: Versioned, stageId: string) =>
      http.request<ApplicationCard>('POST', `${applicationPath(application.id)}/move`, {
        stageId,
        version: application.version,
      }),
    closeApplication: (application: Versioned, how: 'reject' | 'withdraw', reason: string) =>
      http.request<ApplicationCard>('POST', `${applicationPath(application.id)}/${how}`, {
        reason,
        version: application.version,
      }),
    reopenApplication: (application: Versioned) =>
      http.request<ApplicationCard>('POST', `${applicationPath(application.id)}/reopen`, {
        version: application.version,
      }),
  };
}
