import { beforeEach, describe, expect, it } from 'vitest';
import { schemaErrors } from './helpers/schema-errors.ts';
import { authorizeUser, callApi, s2sToken, useTestEmulator } from './helpers/test-emulator.ts';

const emulator = useTestEmulator({ clock: () => new Date('2030-03-01T12:00:00Z') });
let token: string;
beforeEach(async () => {
  token = await s2sToken(emulator);
});

const interview = {
  topic: 'Interview: Jane Roe',
  type: 2,
  start_time: '2030-03-30T09:00:00',
  timezone: 'Europe/Berlin',
  duration: 45,
};

describe('POST /users/{userId}/meetings', () => {
  it('answers 201 with every field Zoom returns, valid against the Meeting API schema', async () => {
    const created = await callApi(emulator, token, 'POST', '/users/member1@acme.test/meetings', interview);
    expect(created.status).toBe(201);
    expect(schemaErrors('create-meeting.response', created.json)).toEqual([]);
    expect(created.json).toMatchObject({
      topic: interview.topic,
      type: 2,
      duration: 45,
      timezone: 'Europe/Berlin',
      status: 'waiting',
    });
    expect(created.json.id).toBeGreaterThan(2 ** 32);
    expect(created.json).toEqual(
      expect.objectContaining({
        uuid: expect.any(String),
        host_id: expect.any(String),
        host_email: 'member1@acme.test',
        join_url: expect.stringContaining(`/j/${created.json.id}?pwd=`),
        start_url: expect.stringContaining(`/s/${created.json.id}?zak=`),
        password: expect.stringMatching(/^[a-zA-Z0-9]{6,10}$/),
        settings: expect.objectContaining({ waiting_room: true, join_before_host: false }),
      }),
    );
  });

  it("lists the dial-in numbers of the account's country, or of the meeting's countries, unless audio is computer only", async () => {
    const created = await callApi(emulator, token, 'POST', '/users/me/meetings', interview);
    const numbers = created.json.settings.global_dial_in_numbers;
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers[0]).toEqual({
      country: expect.stringMatching(/^[A-Z]{2}$/),
      country_name: expect.any(String),
      city: expect.any(String),
      number: expect.stringMatching(/^\+\d[\d ]+$/),
      type: 'toll',
    });
    const japan = await callApi(emulator, token, 'POST', '/users/me/meetings', {
      ...interview,
      settings: { global_dial_in_countries: ['JP', 'DE'] },
    });
    expect(
      japan.json.settings.global_dial_in_numbers.map((entry: { country: string }) => entry.country),
    ).toEqual(['JP', 'DE', 'DE']);
    const voip = await callApi(emulator, token, 'POST', '/users/me/meetings', {
      ...interview,
      settings: { audio: 'voip' },
    });
    expect(voip.json.settings.global_dial_in_numbers).toBeUndefined();
    const read = await callApi(emulator, token, 'GET', `/meetings/${japan.json.id}`);
    expect(read.json.settings.global_dial_in_numbers).toEqual(japan.json.settings.global_dial_in_numbers);
  });

  it('reads a wall-clock start_time in the given zone (across a DST change) and answers in UTC', async () => {
    const beforeDst = await callApi(emulator, token, 'POST', '/users/me/meetings', {
      ...interview,
      start_time: '2030-03-30T09:00:00',
    });
    const afterDst = await callApi(emulator, token, 'POST', '/users/me/meetings', {
      ...interview,
      start_time: '2030-04-01T09:00:00',
    });
    expect(beforeDst.json.start_time).toBe('2030-03-30T08:00:00Z');
    expect(afterDst.json.start_time).toBe('2030-04-01T07:00:00Z');
    const utc = await callApi(emulator, token, 'POST', '/users/me/meetings', {
      ...interview,
      start_time: '2030-04-01T09:00:00Z',
    });
    expect(utc.json.start_time).toBe('2030-04-01T09:00:00Z');
  });

  it('enforces topic ≤ 200 and agenda ≤ 2000 with code 300 and errors[]', async () => {
    const tooLong = await callApi(emulator, token, 'POST', '/users/me/meetings', {
      topic: 'x'.repeat(201),
      agenda: 'y'.repeat(2001),
    });
    expect(tooLong.status).toBe(400);
    expect(schemaErrors('derived/zoom-error.response', tooLong.json)).toEqual([]);
    expect(tooLong.json).toEqual({
      code: 300,
      message: 'Validation Failed.',
      errors: [
        { field: 'topic', message: 'Invalid field.' },
        { field: 'agenda', message: 'Invalid field.' },
      ],
    });
    const justRight = await callApi(emulator, token, 'POST', '/users/me/meetings', {
      topic: 'x'.repeat(200),
      agenda: 'y'.repeat(2000),
    });
    expect(justRight.status).toBe(201);
  });

  it('applies the passcode policy and join-before-host / waiting-room rule', async () => {
    const badPasscode = await callApi(emulator, token, 'POST', '/users/me/meetings', {
      password: 'has space',
    });
    expect(badPasscode.json.errors).toEqual([{ field: 'password', message: 'Invalid field.' }]);
    const tooShort = await callApi(emulator, token, 'POST', '/users/me/meetings', { password: 'abc' });
    expect(tooShort.status).toBe(400);
    const jbh = await callApi(emulator, token, 'POST', '/users/me/meetings', {
      settings: { join_before_host: true },
    });
    expect(jbh.json.settings).toMatchObject({ join_before_host: true, waiting_room: false });
  });

  it('answers malformed JSON with 300 "Request Body should be a valid JSON object."', async () => {
    const response = await callApi(emulator, token, 'POST', '/users/me/meetings', '{"topic": ');
    expect(response.status).toBe(400);
    expect(response.json).toEqual({ code: 300, message: 'Request Body should be a valid JSON object.' });
  });

  it('refuses schedule_for another user (3000) and unknown hosts (1001)', async () => {
    const other = await callApi(emulator, token, 'POST', '/users/member1@acme.test/meetings', {
      schedule_for: 'member2@acme.test',
    });
    expect(other.json).toEqual({
      code: 3000,
      message: 'You cannot schedule a meeting for member2@acme.test',
    });
    const unknown = await callApi(emulator, token, 'POST', '/users/nobody@acme.test/meetings', interview);
    expect(unknown.json).toEqual({
      code: 1001,
      message: 'User nobody@acme.test not exist or not belong to this account.',
    });
    const inactive = await callApi(emulator, token, 'POST', '/users/former@acme.test/meetings', interview);
    expect(inactive.json.code).toBe(3161);
  });
});

describe('/meetings/{meetingId}', () => {
  it('GET validates against the schema; PATCH answers 204 with no body; DELETE 204, then 3001', async () => {
    const created = await callApi(emulator, token, 'POST', '/users/member2@acme.test/meetings', interview);
    const path = `/meetings/${created.json.id}`;
    const fetched = await callApi(emulator, token, 'GET', path);
    expect(schemaErrors('get-meeting.response', fetched.json)).toEqual([]);
    expect(fetched.json).toMatchObject({
      id: created.json.id,
      uuid: created.json.uuid,
      join_url: created.json.join_url,
    });
    const patched = await callApi(emulator, token, 'PATCH', path, {
      topic: 'Rescheduled',
      start_time: '2030-04-02T10:00:00Z',
    });
    expect(patched.status).toBe(204);
    expect(patched.text).toBe('');
    const after = await callApi(emulator, token, 'GET', path);
    expect(after.json).toMatchObject({
      topic: 'Rescheduled',
      start_time: '2030-04-02T10:00:00Z',
      join_url: created.json.join_url,
    });
    const deleted = await callApi(emulator, token, 'DELETE', path);
    expect(deleted.status).toBe(204);
    const gone = await callApi(emulator, token, 'GET', path);
    expect(gone.status).toBe(404);
    expect(gone.json).toEqual({
      code: 3001,
      message: `Meeting ${created.json.id} is not found or has expired.`,
    });
  });

  it('refuses to move a meeting to another host with schedule_for (3000)', async () => {
    const created = await callApi(emulator, token, 'POST', '/users/member2@acme.test/meetings', interview);
    const moved = await callApi(emulator, token, 'PATCH', `/meetings/${created.json.id}`, {
      schedule_for: 'member3@acme.test',
    });
    expect(moved.status).toBe(400);
    expect(moved.json).toEqual({
      code: 3000,
      message: 'You cannot schedule a meeting for member3@acme.test',
    });
  });

  it("keeps a user-managed app to its own user's meetings", async () => {
    const created = await callApi(emulator, token, 'POST', '/users/member2@acme.test/meetings', interview);
    const personal = await authorizeUser(emulator, 'parley-user', 'member3@acme.test');
    const update = await callApi(emulator, personal.access_token, 'PATCH', `/meetings/${created.json.id}`, {
      topic: 'x',
    });
    expect(update.json).toEqual({ code: 3003, message: 'You are not the meeting host.' });
    const own = await callApi(emulator, personal.access_token, 'POST', '/users/me/meetings', interview);
    expect(own.status).toBe(201);
    expect(
      (await callApi(emulator, personal.access_token, 'DELETE', `/meetings/${own.json.id}`)).status,
    ).toBe(204);
  });

  it('hides meetings of other accounts (3001)', async () => {
    const created = await callApi(emulator, token, 'POST', '/users/member2@acme.test/meetings', interview);
    const globex = await authorizeUser(emulator, 'parley-org', 'owner@globex.test');
    const foreign = await callApi(emulator, globex.access_token, 'GET', `/meetings/${created.json.id}`);
    expect(foreign.json.code).toBe(3001);
  });
});

describe('GET /users/{userId}/meetings', () => {
  it('lists the host meetings by start time, valid against the schema, with agenda cut to 250', async () => {
    await callApi(emulator, token, 'POST', '/users/member4@acme.test/meetings', {
      ...interview,
      start_time: '2030-05-02T10:00:00Z',
      agenda: 'a'.repeat(400),
    });
    await callApi(emulator, token, 'POST', '/users/member4@acme.test/meetings', {
      ...interview,
      start_time: '2030-05-01T10:00:00Z',
    });
    const listed = await callApi(emulator, token, 'GET', '/users/member4@acme.test/meetings?page_size=1');
    expect(schemaErrors('list-meetings.response', listed.json)).toEqual([]);
    expect(listed.json).toMatchObject({ total_records: 2, page_size: 1 });
    expect(listed.json.meetings[0].start_time).toBe('2030-05-01T10:00:00Z');
    const next = await callApi(
      emulator,
      token,
      'GET',
      `/users/member4@acme.test/meetings?page_size=1&next_page_token=${listed.json.next_page_token}`,
    );
    expect(next.json.meetings[0].agenda).toHaveLength(250);
  });
});
