import { beforeAll, describe, expect, it } from 'vitest';
import type { TestSession } from '../test/create-test-app.ts';
import { useTestApp } from '../test/use-test-app.ts';

const parley = useTestApp();
let admin: TestSession;

beforeAll(async () => {
  await parley.createOrganization('Zone Co');
  admin = await parley.login('admin@zone-co.test');
});

const patchOrganization = (payload: object, as = admin) =>
  parley.request({ method: 'PATCH', url: '/api/organization', as, payload });

describe("the organization's time zone", () => {
  it('starts in UTC, is changed by an admin, shows in everyone’s Me and is in the audit log', async () => {
    const recruiter = await parley.login('recruiter@zone-co.test');
    const me = (await parley.request({ method: 'GET', url: '/api/me', as: recruiter })).json();
    expect(me.organization).toMatchObject({ name: 'Zone Co', timeZone: 'UTC' });

    const changed = await patchOrganization({ timeZone: 'Asia/Tokyo' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().organization.timeZone).toBe('Asia/Tokyo');
    const after = (await parley.request({ method: 'GET', url: '/api/me', as: recruiter })).json();
    expect(after.organization.timeZone).toBe('Asia/Tokyo');

    const events = (await parley.request({ method: 'GET', url: '/api/audit-events', as: admin })).json();
    expect(
      events.events.find((event: { action: string }) => event.action === 'organization.updated'),
    ).toMatchObject({
      details: { timeZone: { from: 'UTC', to: 'Asia/Tokyo' } },
    });
  });

  it('stores the current name of a zone given by its former one, and refuses an unknown zone', async () => {
    expect((await patchOrganization({ timeZone: 'Asia/Calcutta' })).json().organization.timeZone).toBe(
      'Asia/Kolkata',
    );
    const refused = await patchOrganization({ timeZone: 'Mars/Olympus' });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([{ path: 'timeZone', message: expect.any(String) }]);
  });
});
