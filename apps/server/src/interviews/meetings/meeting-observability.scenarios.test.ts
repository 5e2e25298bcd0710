import { describe, expect, it } from 'vitest';
import { zoomIdOf } from '../../zoom/testing/directory-test-world.ts';
import { interviewWhen, useInterviewTestWorld } from '../testing/interview-test-world.ts';

const logLines: Record<string, unknown>[] = [];
const world = useInterviewTestWorld({
  logDestination: { write: (line: string) => logLines.push(JSON.parse(line)) },
  hosts: [{ email: 'member7@acme.test', label: 'Noor' }],
});

async function metricValue(pattern: RegExp): Promise<number> {
  const response = await world.parley.request({ method: 'GET', url: '/metrics' });
  const line = response.body.split('\n').find((candidate) => pattern.test(candidate));
  return line ? Number(line.split(' ').at(-1)) : 0;
}

describe('what operators see of the meeting operation', () => {
  it('counts Zoom calls by operation, outcome and code, retries and failures, and logs them with Zoom’s tracking id', async () => {
    const failedScope = /^parley_meeting_failures_total\{operation="create",reason="scopes_missing"\}/;
    const refused = /^parley_zoom_calls_total\{operation="create",outcome="zoom_error",zoom_code="4711"\}/;
    const created = /^parley_zoom_calls_total\{operation="create",outcome="success",zoom_code=""\}/;
    const before = { failed: await metricValue(failedScope), refused: await metricValue(refused) };
    const route = `POST /v2/users/${zoomIdOf(world.parley, 'member7@acme.test')}/meetings`;
    world.parley.emulator.control.injectFault({
      route,
      status: 400,
      code: 4711,
      message: 'Invalid access token, does not contain scopes:[meeting:write:meeting:admin].',
      count: 1,
    });
    const failed = await world.schedule({
      startAt: '2027-04-05T09:00:00Z',
      durationMinutes: 30,
      host: { kind: 'host_candidate', hostCandidateId: world.hosts['member7@acme.test']! },
      until: 'needs_attention',
    });
    const id = failed.id;
    expect(failed.meeting.failure.reason).toBe('scopes_missing');
    expect(await metricValue(failedScope)).toBe(before.failed + 1);
    expect(await metricValue(refused)).toBe(before.refused + 1);

    const createdBefore = await metricValue(created);
    await world.parley.request({
      method: 'POST',
      url: `/api/interviews/${id}/meeting/retry`,
      as: world.recruiter,
      payload: { version: 1 },
    });
    await interviewWhen(world, id, 'confirmed');
    expect(await metricValue(created)).toBe(createdBefore + 1);

    const metrics = (await world.parley.request({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toContain('# TYPE parley_zoom_call_duration_seconds histogram');
    expect(metrics).toContain('# TYPE parley_meeting_retries_total counter');
    expect(metrics).toContain('# TYPE parley_jobs_oldest_due_seconds gauge');

    const calls = logLines.filter(
      (line) => line.interviewId === id && String(line.msg).startsWith('Zoom meeting call'),
    );
    expect(calls.map((line) => [line.zoomOperation, line.outcome, line.zoomCode])).toEqual([
      ['create', 'zoom_error', '4711'],
      // The retry looks for a meeting the first create may have made before creating one.
      ['list', 'success', undefined],
      ['create', 'success', undefined],
    ]);
    for (const line of calls) expect(String(line.zoomTrackingId)).toMatch(/rid=\d+/);
    const givenUp = logLines.find(
      (line) => line.interviewId === id && line.msg === 'Zoom meeting operation given up',
    );
    expect(givenUp).toMatchObject({ final: true, answer: { zoomCode: 4711, failure: 'scopes_missing' } });
  });
});
