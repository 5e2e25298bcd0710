import { beforeAll, describe, expect, it } from 'vitest';
import { demoOrganizationName } from '../../accounts/seed-demo-organization.ts';
import { useTestApp } from '../../test/use-test-app.ts';
import { type RecruitingClient, recruitingClient } from '../testing/recruiting-test-world.ts';
import { seedDemoRecruiting } from './seed-demo-recruiting.ts';

const demoPassword = 'demo password for tests';
const parley = useTestApp({ env: { SEED_DEMO: 'true', DEMO_PASSWORD: demoPassword } });
let recruiter: RecruitingClient;

beforeAll(async () => {
  recruiter = recruitingClient(parley, await parley.login('recruiter@demo.test', demoPassword));
});

describe('the demo organization’s recruiting data', () => {
  it('has a job in English, German and Japanese with their pipelines', async () => {
    const { jobs } = await recruiter.get('/api/jobs');
    expect(jobs.map((job: { language: string }) => job.language).sort()).toEqual(['de', 'en', 'ja']);
    const japanese = jobs.find((job: { language: string }) => job.language === 'ja');
    const job = await recruiter.get(`/api/jobs/${japanese.id}`);
    expect(job.title).toBe('カスタマーサクセスマネージャー');
    expect(job.stages.map((stage: { name: string }) => stage.name)).toContain('面接');
  });

  it('has about forty candidates with realistic names, spread over the stages, some rejected or withdrawn', async () => {
    const { candidates } = await recruiter.get('/api/candidates?limit=200');
    expect(candidates.length).toBeGreaterThanOrEqual(38);
    const names = candidates.map((candidate: { name: string }) => candidate.name);
    expect(names).toEqual(expect.arrayContaining(['山田 太郎', 'Lukas Müller', 'Daniel O’Connor']));
    const yamada = candidates.find((candidate: { name: string }) => candidate.name === '山田 太郎');
    expect(yamada).toMatchObject({ language: 'ja', timeZone: 'Asia/Tokyo' });

    const { jobs } = await recruiter.get('/api/jobs');
    for (const job of jobs) {
      const board = await recruiter.get(`/api/jobs/${job.id}/board`);
      const occupied = board.columns.filter((column: { count: number }) => column.count > 0);
      expect(occupied.length).toBeGreaterThanOrEqual(5);
      expect(board.rejected.count + board.withdrawn.count).toBe(2);
    }
  });

  it('gives the interviewer the jobs of their hiring teams only', async () => {
    const interviewer = recruitingClient(parley, await parley.login('interviewer@demo.test', demoPassword));
    const { jobs } = await interviewer.get('/api/jobs');
    expect(jobs.map((job: { language: string }) => job.language).sort()).toEqual(['en', 'ja']);
  });

  it('seeds once: a later start adds nothing', async () => {
    const before = (await recruiter.get('/api/candidates?limit=200')).candidates.length;
    expect(await seedDemoRecruiting(parley.database, demoOrganizationName)).toBe(false);
    expect((await recruiter.get('/api/jobs')).jobs).toHaveLength(3);
    expect((await recruiter.get('/api/candidates?limit=200')).candidates).toHaveLength(before);
  });
});
