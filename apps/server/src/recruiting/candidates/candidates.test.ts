import { beforeAll, describe, expect, it } from 'vitest';
import { invalidFields } from '../../test/create-test-app.ts';
import { useTestApp } from '../../test/use-test-app.ts';
import { type RecruitingClient, recruitingClient } from '../testing/recruiting-test-world.ts';

const parley = useTestApp();
let recruiter: RecruitingClient;
let interviewer: RecruitingClient;
let teamJobId: string;

beforeAll(async () => {
  const { userIds } = await parley.createOrganization('Candidates Co');
  const recruiterSession = await parley.login('recruiter@candidates-co.test');
  await parley.request({
    method: 'PATCH',
    url: '/api/me',
    as: recruiterSession,
    payload: { timeZone: 'Europe/Berlin', language: 'de' },
  });
  recruiter = recruitingClient(parley, recruiterSession);
  interviewer = recruitingClient(parley, await parley.login('interviewer@candidates-co.test'));
  const admin = recruitingClient(parley, await parley.login('admin@candidates-co.test'));
  await admin.patch('/api/organization', { timeZone: 'Asia/Tokyo' });
  teamJobId = (await admin.createJob({ hiringTeam: [userIds['interviewer@candidates-co.test']] })).id;
});

const names = (list: { candidates: { name: string }[] }) =>
  list.candidates.map((candidate) => candidate.name);

describe('candidates', () => {
  it("adds a candidate in any script, in the organization's time zone and the adder's language", async () => {
    const { candidate } = await recruiter.createCandidate({
      name: '山田 太郎',
      email: '  Taro.Yamada@Example.JP ',
      tags: ['Java', 'java', 'Remote'],
    });
    expect(candidate).toMatchObject({
      name: '山田 太郎',
      email: 'taro.yamada@example.jp',
      timeZone: 'Asia/Tokyo',
      language: 'de',
      tags: ['Java', 'Remote'],
      version: 1,
    });
  });

  it('never creates the same e-mail twice: 409 CANDIDATE_EMAIL_EXISTS names the candidate to merge into', async () => {
    const { candidate } = await recruiter.createCandidate({
      name: 'Grace Hopper',
      email: 'grace@example.test',
    });
    const duplicate = await recruiter.send('POST', '/api/candidates', {
      name: 'Grace B. Hopper',
      email: 'GRACE@example.test',
      phone: '+1 555 0100',
      tags: ['COBOL'],
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error).toMatchObject({
      code: 'CANDIDATE_EMAIL_EXISTS',
      meta: { existingCandidateId: candidate.id },
    });
    const merged = await recruiter.post(`/api/candidates/${candidate.id}/merge`, {
      version: 1,
      name: 'Grace B. Hopper',
      phone: '+1 555 0100',
      tags: ['COBOL'],
      notes: 'Applied twice.',
    });
    expect(merged.candidate).toMatchObject({
      name: 'Grace Hopper',
      phone: '+1 555 0100',
      tags: ['COBOL'],
      notes: 'Applied twice.',
      version: 2,
    });
    const found = await recruiter.get('/api/candidates?search=grace');
    expect(names(found)).toEqual(['Grace Hopper']);
  });

  it('refuses a concurrent edit based on an old version: 409 EDIT_CONFLICT', async () => {
    const { candidate } = await recruiter.createCandidate({
      name: 'Alan Turing',
      email: 'alan@example.test',
    });
    await recruiter.patch(`/api/candidates/${candidate.id}`, { version: 1, phone: '+44 20 0000' });
    const second = await recruiter.send('PATCH', `/api/candidates/${candidate.id}`, {
      version: 1,
      phone: '+44 0',
    });
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('EDIT_CONFLICT');
    expect(second.json().error.message).toMatch(/Jemand anderes/);
    expect((await recruiter.get(`/api/candidates/${candidate.id}`)).candidate.phone).toBe('+44 20 0000');
  });

  it('finds candidates by any word of the name, by e-mail and by tag; every word must match', async () => {
    await recruiter.createCandidate({
      name: 'Anna-Lena Müller',
      email: 'al.mueller@beispiel.de',
      tags: ['Vertrieb'],
    });
    await recruiter.createCandidate({ name: 'Lena Schmidt', email: 'lena@beispiel.de' });
    expect(names(await recruiter.get('/api/candidates?search=lena'))).toEqual([
      'Lena Schmidt',
      'Anna-Lena Müller',
    ]);
    expect(names(await recruiter.get('/api/candidates?search=MÜLL'))).toEqual(['Anna-Lena Müller']);
    expect(names(await recruiter.get('/api/candidates?search=lena%20schm'))).toEqual(['Lena Schmidt']);
    expect(names(await recruiter.get('/api/candidates?search=vertrieb'))).toEqual(['Anna-Lena Müller']);
    expect(names(await recruiter.get('/api/candidates?search=al.mueller%40'))).toEqual(['Anna-Lena Müller']);
    expect(names(await recruiter.get('/api/candidates?search=山田太郎'))).toEqual(['山田 太郎']);
    expect(names(await recruiter.get('/api/candidates?search=%25'))).toEqual([]);
  });

  it('pages through candidates with a cursor', async () => {
    const all = await recruiter.get('/api/candidates?limit=200');
    const first = await recruiter.get('/api/candidates?limit=2');
    const second = await recruiter.get(`/api/candidates?limit=2&cursor=${first.nextCursor}`);
    expect([...names(first), ...names(second)]).toEqual(names(all).slice(0, 4));
  });

  it('shows interviewers only the candidates of jobs on whose hiring team they are, read only', async () => {
    const { candidate } = await recruiter.createCandidate({
      name: 'Team Candidate',
      email: 'team@example.test',
      jobId: teamJobId,
    });
    expect(names(await interviewer.get('/api/candidates'))).toEqual(['Team Candidate']);
    const grace = (await recruiter.get('/api/candidates?search=grace')).candidates[0];
    expect((await interviewer.send('GET', `/api/candidates/${grace.id}`)).statusCode).toBe(404);
    const visible = await interviewer.get(`/api/candidates/${candidate.id}`);
    expect(visible.applications).toHaveLength(1);
    expect(
      (await interviewer.send('PATCH', `/api/candidates/${candidate.id}`, { version: 1, name: 'x' }))
        .statusCode,
    ).toBe(403);
  });

  it('rejects an invalid time zone, language and e-mail with field details', async () => {
    const response = await recruiter.send('POST', '/api/candidates', {
      name: 'Bad Input',
      email: 'not-an-email',
      timeZone: 'Mars/Olympus',
      language: 'fr',
    });
    expect(response.statusCode).toBe(400);
    expect(invalidFields(response)).toEqual(['email', 'language', 'timeZone']);
  });
});
