import type { LightMyRequestResponse } from 'fastify';
import type { TestApp, TestSession } from '../../test/create-test-app.ts';

/** A signed-in user's requests to the recruiting API, answering parsed JSON and failing on surprises. */
export function recruitingClient(parley: TestApp, as: TestSession) {
  const send = async (
    method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
    url: string,
    payload?: object,
  ): Promise<LightMyRequestResponse> => parley.request({ method, url, as, payload });
  const expectOk = async (response: Promise<LightMyRequestResponse>) => {
    const answered = await response;
    if (answered.statusCode >= 300) {
      throw new Error(`${answered.statusCode} ${answered.body}`);
    }
    return answered.json();
  };
  return {
    send,
    get: (url: string) => expectOk(send('GET', url)),
    post: (url: string, payload: object = {}) => expectOk(send('POST', url, payload)),
    patch: (url: string, payload: object) => expectOk(send('PATCH', url, payload)),
    put: (url: string, payload: object) => expectOk(send('PUT', url, payload)),
    createJob: (payload: object = {}) =>
      expectOk(
        send('POST', '/api/jobs', { title: 'Backend Engineer', department: 'Engineering', ...payload }),
      ),
    createCandidate: (payload: object) => expectOk(send('POST', '/api/candidates', payload)),
  };
}

/** The recruiting client of one user. */
export type RecruitingClient = ReturnType<typeof recruitingClient>;

/** The ids of a job, its second stage, a candidate and the candidate's application to the job. */
export interface JobWithApplicant {
  jobId: string;
  stageId: string;
  candidateId: string;
  applicationId: string;
}

/**
 * Creates a job and a candidate who applies to it, as the client's user would: the resources a tenancy test
 * addresses from another organization.
 */
export async function createJobWithApplicant(
  client: RecruitingClient,
  job: { title: string },
  candidate: { name: string; email: string },
): Promise<JobWithApplicant> {
  const created = await client.createJob(job);
  const applied = await client.createCandidate({ ...candidate, jobId: created.id });
  return {
    jobId: created.id,
    stageId: created.stages[1].id,
    candidateId: applied.candidate.id,
    applicationId: applied.applications[0].id,
  };
}
