import { beforeEach, describe, expect, it } from 'vitest';
import { callApi, s2sToken, useTestEmulator } from './helpers/test-emulator.ts';

const emulator = useTestEmulator();
let token: string;
beforeEach(async () => {
  token = await s2sToken(emulator);
});

const page = async (url: string) => {
  const response = await fetch(url);
  return { status: response.status, html: await response.text() };
};

describe('join and start links', () => {
  it('starts a meeting from start_url, then participants join; a Pro host cannot run two at once', async () => {
    const first = await callApi(emulator, token, 'POST', '/users/member1@acme.test/meetings', {
      topic: 'First',
    });
    const second = await callApi(emulator, token, 'POST', '/users/member1@acme.test/meetings', {
      topic: 'Second',
    });
    expect((await page(first.json.join_url)).html).toContain(
      'Please wait for the host to start this meeting.',
    );
    expect((await page(first.json.start_url)).status).toBe(200);
    expect((await callApi(emulator, token, 'GET', `/meetings/${first.json.id}`)).json.status).toBe('started');
    expect((await page(first.json.join_url)).html).toContain('You joined the meeting.');
    const busy = await page(second.json.start_url);
    expect(busy.status).toBe(409);
    expect((await callApi(emulator, token, 'DELETE', `/meetings/${first.json.id}`)).json.code).toBe(3002);
    expect(
      (await callApi(emulator, token, 'PATCH', `/meetings/${first.json.id}`, { topic: 'x' })).json.code,
    ).toBe(3000);
    emulator.control.endMeeting(first.json.id);
    expect((await page(second.json.start_url)).status).toBe(200);
  });

  it('lets a Business host run two meetings at once', async () => {
    emulator.control.updateAccount('acme', { plan: 'business' });
    const ids: number[] = [];
    for (const topic of ['A', 'B', 'C'])
      ids.push(
        (await callApi(emulator, token, 'POST', '/users/member2@acme.test/meetings', { topic })).json.id,
      );
    emulator.control.startMeeting(ids[0]!);
    emulator.control.startMeeting(ids[1]!);
    expect(() => emulator.control.startMeeting(ids[2]!)).toThrow(/maximum number of meetings/);
  });

  it('expires start_url after 2 hours and refuses a wrong passcode', async () => {
    const created = await callApi(emulator, token, 'POST', '/users/member3@acme.test/meetings', {
      topic: 'Later',
    });
    emulator.control.advanceClock(2 * 3_600_000);
    expect((await page(created.json.start_url)).status).toBe(403);
    const fresh = await callApi(emulator, await s2sToken(emulator), 'GET', `/meetings/${created.json.id}`);
    expect((await page(fresh.json.start_url)).status).toBe(200);
    expect((await page(created.json.join_url.replace(/pwd=.*/, 'pwd=wrong'))).status).toBe(403);
  });
});
