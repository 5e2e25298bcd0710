import type { TestApp, TestSession } from '../../test/create-test-app.ts';
import { recruitingClient } from './recruiting-test-world.ts';

type Caller = 'anonymous' | 'admin' | 'recruiter' | 'interviewer';
const callers: Caller[] = ['anonymous', 'admin', 'recruiter', 'interviewer'];

/** One row of the RBAC table (see http/rbac.test.ts). */
export interface RecruitingRouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: string;
  expected: Record<Caller, number>;
  request: (caller: Caller) => { url: string; payload?: unknown };
}

const signedIn = (status: number) => ({
  anonymous: 401,
  admin: status,
  recruiter: status,
  interviewer: status,
});
const adminsOnly = (status: number) => ({ anonymous: 401, admin: status, recruiter: 403, interviewer: 403 });
const managers = (status: number) => ({ anonymous: 401, admin: status, recruiter: status, interviewer: 403 });

interface JobFixture {
  id: string;
  stages: { id: string }[];
}

/**
 * The recruiting routes of the RBAC table. `prepare` creates, in the organization of `sessions`, a job
 * whose hiring team holds the interviewer (with a candidate and an application), and per caller the jobs,
 * candidates and applications that caller's successful change consumes, so each row starts from a known
 * version.
 */
export function recruitingRbacCases() {
  const state = {
    shared: { jobId: '', candidateId: '', applicationId: '' },
    jobs: {} as Record<'patch' | 'status' | 'stages' | 'order', JobFixture[]>,
    candidates: [] as string[],
    applicants: [] as string[],
    applications: [] as string[],
  };
  const each = <T>(make: (index: number) => Promise<T>) =>
    Promise.all(callers.map((_, index) => make(index)));
  const at = <T>(list: T[], caller: Caller) => list[callers.indexOf(caller)]!;

  async function prepare(
    parley: TestApp,
    sessions: Record<'admin' | 'recruiter' | 'interviewer', TestSession>,
  ) {
    const admin = recruitingClient(parley, sessions.admin);
    const shared = await admin.createJob({ title: 'Shared', hiringTeam: [sessions.interviewer.userId] });
    state.shared.jobId = shared.id;
    const applied = await admin.createCandidate({
      name: 'Shared Candidate',
      email: 'shared@rbac.test',
      jobId: shared.id,
    });
    state.shared.candidateId = applied.candidate.id;
    state.shared.applicationId = applied.applications[0].id;
    for (const purpose of ['patch', 'status', 'stages', 'order'] as const) {
      state.jobs[purpose] = await each(() => admin.createJob({ title: `${purpose} job` }));
    }
    state.candidates = await each(
      async (index) =>
        (await admin.createCandidate({ name: `Edited ${index}`, email: `edited-${index}@rbac.test` }))
          .candidate.id,
    );
    state.applicants = await each(
      async (index) =>
        (await admin.createCandidate({ name: `Applicant ${index}`, email: `applicant-${index}@rbac.test` }))
          .candidate.id,
    );
    state.applications = await each(async (index) => {
      const created = await admin.createCandidate({
        name: `Mover ${index}`,
        email: `mover-${index}@rbac.test`,
        jobId: shared.id,
      });
      return created.applications[0].id as string;
    });
  }

  const jobOf = (purpose: keyof typeof state.jobs, caller: Caller) => at(state.jobs[purpose], caller);
  const cases: RecruitingRouteCase[] = [
    { method: 'GET', path: '/api/jobs', expected: signedIn(200), request: () => ({ url: '/api/jobs' }) },
    {
      method: 'POST',
      path: '/api/jobs',
      expected: adminsOnly(201),
      request: () => ({ url: '/api/jobs', payload: { title: 'New job' } }),
    },
    {
      method: 'GET',
      path: '/api/jobs/{id}',
      expected: signedIn(200),
      request: () => ({ url: `/api/jobs/${state.shared.jobId}` }),
    },
    {
      method: 'PATCH',
      path: '/api/jobs/{id}',
      expected: managers(200),
      request: (caller) => ({
        url: `/api/jobs/${jobOf('patch', caller).id}`,
        payload: { version: 1, title: 'Edited' },
      }),
    },
    {
      method: 'POST',
      path: '/api/jobs/{id}/close',
      expected: adminsOnly(200),
      request: (caller) => ({
        url: `/api/jobs/${jobOf('status', caller).id}/close`,
        payload: { version: 1 },
      }),
    },
    {
      method: 'POST',
      path: '/api/jobs/{id}/reopen',
      expected: adminsOnly(200),
      request: (caller) => ({
        url: `/api/jobs/${jobOf('status', caller).id}/reopen`,
        payload: { version: 2 },
      }),
    },
    {
      method: 'GET',
      path: '/api/jobs/{id}/board',
      expected: signedIn(200),
      request: () => ({ url: `/api/jobs/${state.shared.jobId}/board` }),
    },
    {
      method: 'GET',
      path: '/api/jobs/{id}/applications',
      expected: signedIn(200),
      request: () => ({ url: `/api/jobs/${state.shared.jobId}/applications` }),
    },
    {
      method: 'POST',
      path: '/api/jobs/{id}/stages',
      expected: managers(201),
      request: (caller) => ({
        url: `/api/jobs/${jobOf('stages', caller).id}/stages`,
        payload: { name: 'Extra' },
      }),
    },
    {
      method: 'PATCH',
      path: '/api/jobs/{id}/stages/{stageId}',
      expected: managers(200),
      request: (caller) => ({
        url: `/api/jobs/${jobOf('stages', caller).id}/stages/${jobOf('stages', caller).stages[0]!.id}`,
        payload: { name: 'Renamed', version: 1 },
      }),
    },
    {
      method: 'PUT',
      path: '/api/jobs/{id}/stages/order',
      expected: managers(200),
      request: (caller) => ({
        url: `/api/jobs/${jobOf('order', caller).id}/stages/order`,
        payload: {
          stageIds: jobOf('order', caller)
            .stages.map((stage) => stage.id)
            .reverse(),
        },
      }),
    },
    {
      method: 'DELETE',
      path: '/api/jobs/{id}/stages/{stageId}',
      expected: managers(200),
      request: (caller) => ({
        url: `/api/jobs/${jobOf('order', caller).id}/stages/${jobOf('order', caller).stages[0]!.id}`,
      }),
    },
    {
      method: 'GET',
      path: '/api/candidates',
      expected: signedIn(200),
      request: () => ({ url: '/api/candidates?search=shared' }),
    },
    {
      method: 'GET',
      path: '/api/candidates/{id}',
      expected: signedIn(200),
      request: () => ({ url: `/api/candidates/${state.shared.candidateId}` }),
    },
    {
      method: 'POST',
      path: '/api/candidates',
      expected: managers(201),
      request: (caller) => ({
        url: '/api/candidates',
        payload: { name: 'New', email: `new-${caller}@rbac.test` },
      }),
    },
    {
      method: 'PATCH',
      path: '/api/candidates/{id}',
      expected: managers(200),
      request: (caller) => ({
        url: `/api/candidates/${at(state.candidates, caller)}`,
        payload: { version: 1, phone: '+1 555' },
      }),
    },
    {
      method: 'POST',
      path: '/api/candidates/{id}/merge',
      expected: managers(200),
      request: (caller) => ({
        url: `/api/candidates/${at(state.candidates, caller)}/merge`,
        payload: { version: 2, tags: ['merged'] },
      }),
    },
    {
      method: 'POST',
      path: '/api/candidates/import/preview',
      expected: managers(200),
      request: () => ({
        url: '/api/candidates/import/preview',
        payload: { csv: 'Name,Email\nA,a@rbac.test' },
      }),
    },
    {
      method: 'POST',
      path: '/api/candidates/import',
      expected: managers(200),
      request: (caller) => ({
        url: '/api/candidates/import',
        payload: { csv: `Name,Email\nImported,imported-${caller}@rbac.test`, mapping: { name: 0, email: 1 } },
      }),
    },
    {
      method: 'GET',
      path: '/api/applications/{id}',
      expected: signedIn(200),
      request: () => ({ url: `/api/applications/${state.shared.applicationId}` }),
    },
    {
      method: 'POST',
      path: '/api/applications',
      expected: managers(201),
      request: (caller) => ({
        url: '/api/applications',
        payload: { candidateId: at(state.applicants, caller), jobId: state.shared.jobId },
      }),
    },
    {
      method: 'POST',
      path: '/api/applications/{id}/move',
      expected: managers(200),
      request: (caller) => ({
        url: `/api/applications/${at(state.applications, caller)}/move`,
        payload: { stageId: jobStageOfShared(1), version: 1 },
      }),
    },
    {
      method: 'POST',
      path: '/api/applications/{id}/reject',
      expected: managers(200),
      request: (caller) => ({
        url: `/api/applications/${at(state.applications, caller)}/reject`,
        payload: { reason: 'No', version: 2 },
      }),
    },
    {
      method: 'POST',
      path: '/api/applications/{id}/reopen',
      expected: managers(200),
      request: (caller) => ({
        url: `/api/applications/${at(state.applications, caller)}/reopen`,
        payload: { version: 3 },
      }),
    },
    {
      method: 'POST',
      path: '/api/applications/{id}/withdraw',
      expected: managers(200),
      request: (caller) => ({
        url: `/api/applications/${at(state.applications, caller)}/withdraw`,
        payload: { reason: 'Gone', version: 4 },
      }),
    },
  ];
  const sharedStages: string[] = [];
  function jobStageOfShared(index: number) {
    return sharedStages[index]!;
  }
  return {
    cases,
    async prepare(parley: TestApp, sessions: Record<'admin' | 'recruiter' | 'interviewer', TestSession>) {
      await prepare(parley, sessions);
      const job = await recruitingClient(parley, sessions.admin).get(`/api/jobs/${state.shared.jobId}`);
      sharedStages.push(...job.stages.map((stage: { id: string }) => stage.id));
    },
  };
}
