import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/use-test-app.ts';
import { type RecruitingClient, recruitingClient } from '../testing/recruiting-test-world.ts';

const parley = useTestApp();
let admin: RecruitingClient;
let recruiter: RecruitingClient;
let interviewer: RecruitingClient;
let job: { id: string; stages: { id: string; name: string; isInterview: boolean }[] };
const stage = (name: string) => job.stages.find((candidate) => candidate.name === name)!.id;

beforeAll(async () => {
  const { userIds } = await parley.createOrganization('Pipeline Co');
  admin = recruitingClient(parley, await parley.login('admin@pipeline-co.test'));
  recruiter = recruitingClient(parley, await parley.login('recruiter@pipeline-co.test'));
  interviewer = recruitingClient(parley, await parley.login('interviewer@pipeline-co.test'));
  job = await admin.createJob({ hiringTeam: [userIds['interviewer@pipeline-co.test']], language: 'en' });
});

async function apply(name: string) {
  const { candidate } = await recruiter.createCandidate({
    name,
    email: `${name.toLowerCase().replace(/\W+/g, '.')}@example.test`,
  });
  return recruiter.post('/api/applications', { candidateId: candidate.id, jobId: job.id });
}

describe('applications', () => {
  it('starts in the first stage and refuses a second application to the same job', async () => {
    const application = await apply('Margaret Hamilton');
    expect(application).toMatchObject({
      stageName: 'Applied',
      status: 'active',
      canSchedule: false,
      version: 1,
    });
    const again = await recruiter.send('POST', '/api/applications', {
      candidateId: application.candidateId,
      jobId: job.id,
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({
      code: 'ALREADY_APPLIED',
      meta: { existingApplicationId: application.id },
    });
  });

  it('can schedule only while active in an interview stage', async () => {
    const application = await apply('Katherine Johnson');
    const screening = await recruiter.post(`/api/applications/${application.id}/move`, {
      stageId: stage('Screening'),
      version: 1,
    });
    expect(screening).toMatchObject({ stageName: 'Screening', canSchedule: false, version: 2 });
    const interview = await recruiter.post(`/api/applications/${application.id}/move`, {
      stageId: stage('Interview'),
      version: 2,
    });
    expect(interview).toMatchObject({ stageName: 'Interview', canSchedule: true });
    // The interviewer on the hiring team sees the gate too (the web shows the button from it).
    expect((await interviewer.get(`/api/applications/${application.id}`)).application.canSchedule).toBe(true);
    const rejected = await recruiter.post(`/api/applications/${application.id}/reject`, {
      reason: 'Position filled',
      version: 3,
    });
    expect(rejected).toMatchObject({
      status: 'rejected',
      closedReason: 'Position filled',
      canSchedule: false,
    });
  });

  it('records every move in the history (who, when, from, to) and reopens where it left off', async () => {
    const application = await apply('Dorothy Vaughan');
    await recruiter.post(`/api/applications/${application.id}/move`, {
      stageId: stage('Interview'),
      version: 1,
    });
    await recruiter.post(`/api/applications/${application.id}/withdraw`, {
      reason: 'Took another offer',
      version: 2,
    });
    const blocked = await recruiter.send('POST', `/api/applications/${application.id}/move`, {
      stageId: stage('Offer'),
      version: 3,
    });
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().error.code).toBe('APPLICATION_NOT_ACTIVE');
    const reopened = await admin.post(`/api/applications/${application.id}/reopen`, { version: 3 });
    expect(reopened).toMatchObject({
      status: 'active',
      stageName: 'Interview',
      closedReason: '',
      version: 4,
    });

    const { history } = await recruiter.get(`/api/applications/${application.id}`);
    expect(history).toEqual([
      expect.objectContaining({ action: 'application.created', fromStage: null, toStage: 'Applied' }),
      expect.objectContaining({
        action: 'application.moved',
        fromStage: 'Applied',
        toStage: 'Interview',
        actor: expect.objectContaining({ name: 'recruiter of Pipeline Co' }),
      }),
      expect.objectContaining({ action: 'application.withdrawn', reason: 'Took another offer' }),
      expect.objectContaining({
        action: 'application.reopened',
        actor: expect.objectContaining({ name: 'admin of Pipeline Co' }),
      }),
    ]);
  });

  it('refuses a move based on an old version, and a stage of another job', async () => {
    const application = await apply('Mary Jackson');
    await recruiter.post(`/api/applications/${application.id}/move`, {
      stageId: stage('Screening'),
      version: 1,
    });
    const stale = await recruiter.send('POST', `/api/applications/${application.id}/move`, {
      stageId: stage('Offer'),
      version: 1,
    });
    expect(stale.json().error.code).toBe('EDIT_CONFLICT');
    const otherJob = await admin.createJob({ title: 'Other' });
    const foreign = await recruiter.send('POST', `/api/applications/${application.id}/move`, {
      stageId: otherJob.stages[1].id,
      version: 2,
    });
    expect(foreign.statusCode).toBe(400);
    expect(
      interviewer.send('POST', `/api/applications/${application.id}/move`, {
        stageId: stage('Offer'),
        version: 2,
      }),
    ).resolves.toMatchObject({ statusCode: 403 });
  });

  it('shows the board: a column per stage with counts and cards, plus the end columns', async () => {
    const board = await recruiter.get(`/api/jobs/${job.id}/board`);
    expect(board.columns.map((column: { stageId: string }) => column.stageId)).toEqual(
      job.stages.map((s) => s.id),
    );
    const count = (name: string) =>
      board.columns.find((column: { stageId: string }) => column.stageId === stage(name)).count;
    expect([count('Applied'), count('Screening'), count('Interview')]).toEqual([1, 1, 1]);
    expect(board.rejected.count).toBe(1);
    expect(board.rejected.applications[0].candidate.name).toBe('Katherine Johnson');
    expect(board.withdrawn.count).toBe(0);

    const table = await recruiter.get(`/api/jobs/${job.id}/applications?limit=2`);
    expect(table.applications).toHaveLength(2);
    const rest = await recruiter.get(`/api/jobs/${job.id}/applications?limit=2&cursor=${table.nextCursor}`);
    expect(rest.applications).toHaveLength(1);
    expect(rest.nextCursor).toBeNull();
  });

  it('refuses applications to a closed job: 409 JOB_CLOSED', async () => {
    const closing = await admin.createJob({ title: 'Closed' });
    await admin.post(`/api/jobs/${closing.id}/close`, { version: 1 });
    const response = await recruiter.send('POST', '/api/candidates', {
      name: 'Late Applicant',
      email: 'late@example.test',
      jobId: closing.id,
    });
    expect(response.json().error.code).toBe('JOB_CLOSED');
    // All or nothing: the candidate was not created either.
    expect((await recruiter.get('/api/candidates?search=late')).candidates).toEqual([]);
  });
});
