import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../test/use-test-app.ts';

const parley = useTestApp();
let ids: Record<string, string>;

beforeAll(async () => {
  ({ userIds: ids } = await parley.createOrganization('Members Co', [
    { role: 'admin' },
    { role: 'recruiter' },
    { role: 'interviewer' },
    { role: 'interviewer', email: 'gone@members-co.test', name: 'Gone Person' },
  ]));
  await parley.createOrganization('Other Co');
  const admin = await parley.login('admin@members-co.test');
  await parley.request({
    method: 'PATCH',
    url: `/api/users/${ids['gone@members-co.test']}`,
    as: admin,
    payload: { active: false },
  });
});

describe('the members list', () => {
  it("gives a recruiter the organization's active people with id, name, e-mail and role only", async () => {
    const recruiter = await parley.login('recruiter@members-co.test');
    const response = await parley.request({ method: 'GET', url: '/api/members', as: recruiter });
    expect(response.statusCode).toBe(200);
    const { members } = response.json();
    expect(members.map((member: { email: string }) => member.email).sort()).toEqual([
      'admin@members-co.test',
      'interviewer@members-co.test',
      'recruiter@members-co.test',
    ]);
    for (const member of members) expect(Object.keys(member).sort()).toEqual(['email', 'id', 'name', 'role']);
    expect(members.find((member: { role: string }) => member.role === 'interviewer').id).toBe(
      ids['interviewer@members-co.test'],
    );
  });
});
