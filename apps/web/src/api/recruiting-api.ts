import type {
  ApplicationCard,
  Board,
  CreateJobInput,
  Job,
  JobStatus,
  JobSummary,
} from '@parley/api-contract';
import type { HttpClient } from './http-client.ts';
import { queryString } from './zoom-api.ts';

const segment = encodeURIComponent;

/** The filters of `GET /api/jobs` (docs/api.md, "Recruiting"); the cursor pages through them. */
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

/** Typed calls for the recruiting endpoints of docs/api.md; part of `ParleyApi`. */
export function createRecruitingCalls(http: HttpClient) {
  return {
    listJobs: (query: JobListQuery & { cursor?: string | undefined }) =>
      http.request<JobPage>('GET', `/api/jobs${queryString({ ...query })}`),
    createJob: (input: CreateJobInput) => http.request<Job>('POST', '/api/jobs', input),
    getJob: (jobId: string) => http.request<Job>('GET', `/api/jobs/${segment(jobId)}`),
    closeJob: (job: Pick<Job, 'id' | 'version'>) =>
      http.request<Job>('POST', `/api/jobs/${segment(job.id)}/close`, { version: job.version }),
    reopenJob: (job: Pick<Job, 'id' | 'version'>) =>
      http.request<Job>('POST', `/api/jobs/${segment(job.id)}/reopen`, { version: job.version }),
    getJobBoard: (jobId: string) => http.request<Board>('GET', `/api/jobs/${segment(jobId)}/board`),
    getApplication: (applicationId: string) =>
      http.request<{ application: ApplicationCard }>('GET', `/api/applications/${segment(applicationId)}`),
    moveApplication: (application: Pick<ApplicationCard, 'id' | 'version'>, stageId: string) =>
      http.request<ApplicationCard>('POST', `/api/applications/${segment(application.id)}/move`, {
        stageId,
        version: application.version,
      }),
  };
}
