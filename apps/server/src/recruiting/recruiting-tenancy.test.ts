import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../test/use-test-app.ts';
import {
  createJobWithApplicant,
  type RecruitingClient,
  recruitingClient,
} from './testing/recruiting-test-world.ts';

const parley = useTestApp();
let adminOfA: RecruitingClient;
let adminOfB: RecruitingClient;
const ofB = { jobId: '', stageId: '', candidateId: '', applicationId: '' };
let jobOfA: { id: string; stages: { id: string }[] };
let candidateOfA: string;

beforeAll(async () => {
  await parley.createOrganization('Tenant A', [{ role: 'admin' }]);
  await parley.createOrganization('Tenant B', [{ role: 'admin' }]);
  adminOfA = recruitingClient(parley, await parley.login('admin@tenant-a.test'));
  adminOfB = recruitingClient(parley, await parley.login('admin@tenant-b.test'));
  Object.assign(
    ofB,
    await createJobWithApplicant(
      adminOfB,
      { title: 'Secret job of B' },
      { name: 'Secret Candidate', email: 'same@example.test' },
    ),
  );
  jobOfA = await adminOfA.createJob({ title: 'Job of A' });
  candidateOfA = (await adminOfA.createCandidate({ name: 'A Candidate', email: 'a@example.test' })).candidate
    .id;
});

describe('recruiting tenant isolation: an admin of A meets only 404 for what belongs to B', () => {
  const cases: [string, () => string, (() => object) | undefined][] = [
    ['GET', () => `/api/jobs/${ofB.jobId}`, undefined],
    ['PATCH', () => `/api/jobs/${ofB.jobId}`, () => ({ version: 1, title: 'Taken' })],
    ['POST', () => `/api/jobs/${ofB.jobId}/close`, () => ({ version: 1 })],
    ['POST', () => `/api/jobs/${ofB.jobId}/reopen`, () => ({ version: 1 })],
    ['GET', () => `/api/jobs/${ofB.jobId}/board`, undefined],
    ['GET', () => `/api/jobs/${ofB.jobId}/applications`, undefined],
    ['POST', () => `/api/jobs/${ofB.jobId}/stages`, () => ({ name: 'Injected' })],
    ['PATCH', () => `/api/jobs/${ofB.jobId}/stages/${ofB.stageId}`, () => ({ name: 'Renamed', version: 1 })],
    ['PATCH', () => `/api/jobs/${jobOfA.id}/stages/${ofB.stageId}`, () => ({ name: 'Renamed', version: 1 })],
    ['PUT', () => `/api/jobs/${ofB.jobId}/stages/order`, () => ({ stageIds: [ofB.stageId] })],
    ['DELETE', () => `/api/jobs/${ofB.jobId}/stages/${ofB.stageId}`, undefined],
    ['DELETE', () => `/api/jobs/${jobOfA.id}/stages/${ofB.stageId}`, undefined],
    ['GET', () => `/api/candidates/${ofB.candidateId}`, undefined],
    ['PATCH', () => `/api/candidates/${ofB.candidateId}`, () => ({ version: 1, name: 'Taken' })],
    ['POST', () => `/api/candidates/${ofB.candidateId}/merge`, () => ({ version: 1, tags: ['x'] })],
    ['POST', () => '/api/applications', () => ({ candidateId: ofB.candidateId, jobId: jobOfA.id })],
    ['POST', () => '/api/applications', () => ({ candidateId: candidateOfA, jobId: ofB.jobId })],
    ['GET', () => `/api/applications/${ofB.applicationId}`, undefined],
    [
      'POST',
      () => `/api/applications/${ofB.applicationId}/move`,
      () => ({ stageId: ofB.stageId, version: 1 }),
    ],
    ['POST', () => `/api/applications/${ofB.applicationId}/reject`, () => ({ reason: 'x', version: 1 })],
    ['POST', () => `/api/applications/${ofB.applicationId}/withdraw`, () => ({ reason: 'x', version: 1 })],
    ['POST', () => `/api/applications/${ofB.applicationId}/reopen`, () => ({ version: 1 })],
    ['POST', () => '/api/candidates', () => ({ name: 'X', email: 'x@example.test', jobId: ofB.jobId })],
    [
      'POST',
      () => '/api/candidates/import',
      () => ({ csv: 'Name,Email\nX,x@example.test', mapping: { name: 0, email: 1 }, jobId: ofB.jobId }),
    ],
  ];
  it.each(cases)('%s %s → 404 NOT_FOUND', async (method, url, payload) => {
    const response = await adminOfA.send(method as 'GET', url(), payload?.());
    expect(response.statusCode, response.body).toBe(404);
    expect(response.json().error.code).toBe('NOT_FOUND');
  });

  it('lists only A’s jobs and candidates, and lets A use an e-mail B already has', async () => {
    expect((await adminOfA.get('/api/jobs')).jobs.map((job: { title: string }) => job.title)).toEqual([
      'Job of A',
    ]);
    const candidates = await adminOfA.get('/api/candidates?search=secret');
    expect(candidates.candidates).toEqual([]);
    const same = await adminOfA.send('POST', '/api/candidates', {
      name: 'Same Address',
      email: 'same@example.test',
    });
    expect(same.statusCode).toBe(201);
    expect((await adminOfA.get(`/api/candidates?jobId=${ofB.jobId}`)).candidates).toEqual([]);
  });

  it('left B’s data unchanged', async () => {
    const job = await adminOfB.get(`/api/jobs/${ofB.jobId}`);
    expect(job).toMatchObject({ title: 'Secret job of B', status: 'open', version: 1 });
    expect(job.stages).toHaveLength(6);
    const { candidate, applications } = await adminOfB.get(`/api/candidates/${ofB.candidateId}`);
    expect(candidate).toMatchObject({ name: 'Secret Candidate', version: 1, tags: [] });
    expect(applications).toEqual([expect.objectContaining({ status: 'active', version: 1 })]);
  });
});
