import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/use-test-app.ts';
import { type RecruitingClient, recruitingClient } from '../testing/recruiting-test-world.ts';

const parley = useTestApp();
let recruiter: RecruitingClient;
let interviewerId: string;

interface StageView {
  id: string;
  name: string;
  position: number;
  isInterview: boolean;
  version: number;
}
const names = (job: { stages: StageView[] }) => job.stages.map((stage) => stage.name);

beforeAll(async () => {
  const { userIds } = await parley.createOrganization('Stages Co');
  interviewerId = userIds['interviewer@stages-co.test']!;
  await parley.login('admin@stages-co.test').then((session) => recruitingClient(parley, session).createJob());
  recruiter = recruitingClient(parley, await parley.login('recruiter@stages-co.test'));
});

async function newJob(): Promise<{ id: string; stages: StageView[] }> {
  const admin = recruitingClient(parley, await parley.login('admin@stages-co.test'));
  return admin.createJob({ title: 'Pipeline', language: 'en' });
}

describe('pipeline stages', () => {
  it('adds a stage at a position, renames it and reorders the pipeline', async () => {
    const job = await newJob();
    const added = await recruiter.post(`/api/jobs/${job.id}/stages`, { name: 'Take-home task', position: 2 });
    expect(names(added)).toEqual([
      'Applied',
      'Screening',
      'Take-home task',
      'Interview',
      'Final interview',
      'Offer',
      'Hired',
    ]);
    const task = added.stages[2] as StageView;
    const renamed = await recruiter.patch(`/api/jobs/${job.id}/stages/${task.id}`, {
      name: 'Work sample',
      version: 1,
    });
    expect(renamed.stages[2]).toMatchObject({ name: 'Work sample', version: 2 });

    const order = [...added.stages].reverse().map((stage: StageView) => stage.id);
    const reordered = await recruiter.put(`/api/jobs/${job.id}/stages/order`, { stageIds: order });
    expect(reordered.stages.map((stage: StageView) => stage.id)).toEqual(order);
    expect(reordered.stages.map((stage: StageView) => stage.position)).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('refuses an order that leaves out or repeats a stage', async () => {
    const job = await newJob();
    const ids = job.stages.map((stage) => stage.id);
    for (const stageIds of [ids.slice(1), [...ids.slice(1), ids[1]]]) {
      const response = await recruiter.send('PUT', `/api/jobs/${job.id}/stages/order`, { stageIds });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.details).toEqual([
        { path: 'stageIds', message: 'List every stage of the job exactly once.' },
      ]);
    }
    expect(names(await recruiter.get(`/api/jobs/${job.id}`))).toEqual(names(job));
  });

  it('stores the interview defaults of an interview stage', async () => {
    const job = await newJob();
    const interview = job.stages.find((stage) => stage.name === 'Interview')!;
    const settings = {
      defaultDurationMinutes: 45,
      defaultInterviewerIds: [interviewerId],
      locationKind: 'zoom_room',
      videoDefault: false,
      zoomMeetingSettings: {
        waitingRoom: false,
        passcode: true,
        joinBeforeHost: true,
        muteOnEntry: true,
        autoRecording: 'cloud',
      },
      topicTemplate: 'Interview: {candidate} / {job}',
    };
    const updated = await recruiter.patch(`/api/jobs/${job.id}/stages/${interview.id}`, {
      ...settings,
      version: interview.version,
    });
    expect(updated.stages.find((stage: StageView) => stage.id === interview.id)).toMatchObject({
      ...settings,
      isInterview: true,
    });
  });

  it('refuses an unknown topic variable and a topic too long for Zoom, with the reason', async () => {
    const job = await newJob();
    const url = `/api/jobs/${job.id}/stages/${job.stages[2]!.id}`;
    const unknown = await recruiter.send('PATCH', url, {
      topicTemplate: 'Interview with {name}',
      version: 1,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details).toEqual([
      {
        path: 'topicTemplate',
        message: 'Unknown variable. Use {job}, {stage}, {candidate} or {organization}.',
      },
    ]);
    const tooLong = await recruiter.send('PATCH', url, {
      topicTemplate: `${'x'.repeat(160)} {job}`,
      version: 1,
    });
    expect(tooLong.json().error.details[0].message).toMatch(/200 characters/);
  });

  it('refuses to remove a stage while an application sits in it: 409 STAGE_NOT_EMPTY', async () => {
    const job = await newJob();
    const screening = job.stages[1]!;
    await recruiter.createCandidate({
      name: 'Ada Lovelace',
      email: 'ada@example.test',
      jobId: job.id,
      stageId: screening.id,
    });
    const refused = await recruiter.send('DELETE', `/api/jobs/${job.id}/stages/${screening.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'STAGE_NOT_EMPTY',
      message: 'This stage still holds applications. Move them to another stage first.',
      meta: { applicationCount: 1 },
    });
    const offer = job.stages[4]!;
    const removed = await recruiter.send('DELETE', `/api/jobs/${job.id}/stages/${offer.id}`);
    expect(removed.statusCode).toBe(200);
    expect(names(removed.json())).toEqual(['Applied', 'Screening', 'Interview', 'Final interview', 'Hired']);
    expect(removed.json().stages.map((stage: StageView) => stage.position)).toEqual([0, 1, 2, 3, 4]);
  });

  it('answers 404 for a stage of another job', async () => {
    const [first, second] = [await newJob(), await newJob()];
    const response = await recruiter.send('PATCH', `/api/jobs/${first.id}/stages/${second.stages[0]!.id}`, {
      name: 'Hijacked',
      version: 1,
    });
    expect(response.statusCode).toBe(404);
  });

  it('refuses a change made from a stale version: 409 EDIT_CONFLICT, and keeps the first change', async () => {
    const job = await newJob();
    const interview = job.stages.find((stage) => stage.name === 'Interview')!;
    const url = `/api/jobs/${job.id}/stages/${interview.id}`;
    const admin = recruitingClient(parley, await parley.login('admin@stages-co.test'));
    await admin.patch(url, { defaultDurationMinutes: 30, version: interview.version });

    const stale = await recruiter.send('PATCH', url, {
      defaultDurationMinutes: 90,
      version: interview.version,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error).toMatchObject({
      code: 'EDIT_CONFLICT',
      message: expect.stringMatching(/changed/i),
    });
    const latest = (await recruiter.get(`/api/jobs/${job.id}`)).stages.find(
      (stage: StageView) => stage.id === interview.id,
    );
    expect(latest).toMatchObject({ defaultDurationMinutes: 30, version: interview.version + 1 });
  });
});
