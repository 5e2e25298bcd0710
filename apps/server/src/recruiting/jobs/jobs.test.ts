import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/use-test-app.ts';
import { type RecruitingClient, recruitingClient } from '../testing/recruiting-test-world.ts';

const parley = useTestApp();
let admin: RecruitingClient;
let recruiter: RecruitingClient;
let interviewer: RecruitingClient;
let ids: Record<string, string>;

beforeAll(async () => {
  ({ userIds: ids } = await parley.createOrganization('Jobs Co', [
    { role: 'admin', language: 'de' },
    { role: 'recruiter' },
    { role: 'interviewer' },
  ]));
  admin = recruitingClient(parley, await parley.login('admin@jobs-co.test'));
  recruiter = recruitingClient(parley, await parley.login('recruiter@jobs-co.test'));
  interviewer = recruitingClient(parley, await parley.login('interviewer@jobs-co.test'));
});

describe('jobs', () => {
  it('creates an open job with the default pipeline in the job’s language', async () => {
    const job = await admin.createJob({ title: 'バックエンドエンジニア', language: 'ja', location: '東京' });
    expect(job).toMatchObject({
      title: 'バックエンドエンジニア',
      status: 'open',
      language: 'ja',
      version: 1,
    });
    expect(job.stages.map((stage: { name: string }) => stage.name)).toEqual([
      '応募',
      '書類選考',
      '面接',
      '最終面接',
      '内定',
      '採用',
    ]);
    expect(job.stages.filter((stage: { isInterview: boolean }) => stage.isInterview)).toHaveLength(2);
    // Without a language the creator's (German) is used.
    const german = await admin.createJob({ title: 'Vertrieb' });
    expect(german.stages[0].name).toBe('Eingegangen');
  });

  it('lets recruiters edit, and refuses a stale version with 409 EDIT_CONFLICT in the reader’s language', async () => {
    const job = await admin.createJob({ title: 'Designer' });
    const edited = await recruiter.patch(`/api/jobs/${job.id}`, { version: 1, title: 'Product Designer' });
    expect(edited).toMatchObject({ title: 'Product Designer', version: 2 });

    const stale = await recruiter.send('PATCH', `/api/jobs/${job.id}`, { version: 1, title: 'Overwritten' });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'EDIT_CONFLICT',
      message: expect.stringContaining('Someone else changed this'),
    });
    const staleInGerman = await admin.send('PATCH', `/api/jobs/${job.id}`, { version: 1, title: 'X' });
    expect(staleInGerman.json().error.message).toMatch(/Jemand anderes/);
    expect((await admin.get(`/api/jobs/${job.id}`)).title).toBe('Product Designer');
  });

  it('closes and reopens a job (admins only) and filters the list by status, department and search', async () => {
    const job = await admin.createJob({ title: 'Closing Soon', department: 'Sales' });
    expect((await recruiter.send('POST', `/api/jobs/${job.id}/close`, { version: 1 })).statusCode).toBe(403);
    const closed = await admin.post(`/api/jobs/${job.id}/close`, { version: 1 });
    expect(closed).toMatchObject({ status: 'closed', version: 2 });
    expect(closed.closedAt).not.toBeNull();

    const closedList = await admin.get('/api/jobs?status=closed');
    expect(closedList.jobs.map((listed: { id: string }) => listed.id)).toEqual([job.id]);
    const sales = await admin.get('/api/jobs?department=Sales');
    expect(sales.jobs.map((listed: { title: string }) => listed.title)).toEqual(['Closing Soon']);
    expect(sales.departments).toEqual(expect.arrayContaining(['Engineering', 'Sales']));
    const searched = await admin.get('/api/jobs?search=closing');
    expect(searched.jobs).toHaveLength(1);

    const reopened = await admin.post(`/api/jobs/${job.id}/reopen`, { version: 2 });
    expect(reopened).toMatchObject({ status: 'open', closedAt: null, version: 3 });
  });

  it('counts each job’s active applications in the list', async () => {
    const job = await admin.createJob({ title: 'Counted' });
    await admin.createJob({ title: 'Counted, without applicants' });
    for (const name of ['Ada Counted', 'Bo Counted']) {
      await recruiter.createCandidate({ name, email: `${name.split(' ')[0]}@counted.test`, jobId: job.id });
    }
    const list = await admin.get('/api/jobs?search=counted');
    const counts = Object.fromEntries(
      list.jobs.map((listed: { title: string; activeApplicationCount: number }) => [
        listed.title,
        listed.activeApplicationCount,
      ]),
    );
    expect(counts).toEqual({ Counted: 2, 'Counted, without applicants': 0 });
  });

  it('pages the list with a cursor, newest first', async () => {
    const first = await admin.get('/api/jobs?limit=2');
    expect(first.jobs).toHaveLength(2);
    const second = await admin.get(`/api/jobs?limit=2&cursor=${first.nextCursor}`);
    const all = await admin.get('/api/jobs?limit=200');
    expect([...first.jobs, ...second.jobs].map((job: { id: string }) => job.id)).toEqual(
      all.jobs.slice(0, 4).map((job: { id: string }) => job.id),
    );
  });

  it('shows interviewers only the jobs whose hiring team they are on', async () => {
    const theirs = await admin.createJob({
      title: 'Team Job',
      hiringTeam: [ids['interviewer@jobs-co.test'], ids['recruiter@jobs-co.test']],
    });
    expect(theirs.hiringTeam.map((member: { role: string }) => member.role).sort()).toEqual([
      'interviewer',
      'recruiter',
    ]);
    const other = await admin.createJob({ title: 'Not Their Job' });
    const visible = await interviewer.get('/api/jobs');
    expect(visible.jobs.map((job: { title: string }) => job.title)).toEqual(['Team Job']);
    expect((await interviewer.send('GET', `/api/jobs/${other.id}`)).statusCode).toBe(404);
    expect(
      (await interviewer.send('PATCH', `/api/jobs/${theirs.id}`, { version: 1, title: 'x' })).statusCode,
    ).toBe(403);
  });

  it('refuses a hiring team member from outside the organization', async () => {
    const { userIds } = await parley.createOrganization('Elsewhere', [{ role: 'interviewer' }]);
    const response = await admin.send('POST', '/api/jobs', {
      title: 'Leaky',
      hiringTeam: [userIds['interviewer@elsewhere.test']],
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details).toEqual([{ path: 'hiringTeam', message: expect.any(String) }]);
  });
});
