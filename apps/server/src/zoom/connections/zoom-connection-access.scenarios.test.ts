import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { zoomConnections } from '../../db/zoom-schema.ts';
import type { TestSession } from '../../test/create-test-app.ts';
import { insertZoomConnection, useZoomTestApp } from '../testing/zoom-test-fixtures.ts';

const parley = useZoomTestApp();
let organizationA: string;
const as: Record<'admin' | 'recruiter' | 'interviewer' | 'adminOfB', TestSession> = {} as never;
const s2s = {
  accountId: 'dcy_kSqMSxS5qozGYGI9gu',
  clientId: 'parley-s2s',
  clientSecret: 'parley-s2s-secret',
};

beforeAll(async () => {
  ({ organizationId: organizationA } = await parley.createOrganization('Org A'));
  await parley.createOrganization('Org B', [{ role: 'admin' }]);
  as.admin = await parley.login('admin@org-a.test');
  as.recruiter = await parley.login('recruiter@org-a.test');
  as.interviewer = await parley.login('interviewer@org-a.test');
  as.adminOfB = await parley.login('admin@org-b.test');
  await insertZoomConnection(parley, { organizationId: organizationA, kind: 'organization' });
});

const adminOnly: [string, string, Record<string, string>?][] = [
  ['POST', '/api/zoom/organization/authorize'],
  ['POST', '/api/zoom/organization/admin-link'],
  ['DELETE', '/api/zoom/organization/admin-link'],
  ['POST', '/api/zoom/organization/server-to-server/test', s2s],
  ['PUT', '/api/zoom/organization/server-to-server', s2s],
  ['POST', '/api/zoom/organization/check'],
  ['DELETE', '/api/zoom/organization'],
];

describe('who may use the Zoom connection routes', () => {
  it.each(adminOnly)('%s %s: 403 for recruiters and interviewers', async (method, url, payload) => {
    for (const role of ['recruiter', 'interviewer'] as const) {
      const response = await parley.request({ method: method as 'POST', url, as: as[role], payload });
      expect(response.statusCode).toBe(403);
      expect(response.json().error.code).toBe('FORBIDDEN');
    }
  });

  it.each([
    ...adminOnly,
    ['GET', '/api/zoom/organization'],
    ['GET', '/api/zoom/personal'],
    ['POST', '/api/zoom/personal/authorize'],
    ['DELETE', '/api/zoom/personal'],
  ] as [string, string, Record<string, string>?][])(
    '%s %s: 401 without a session',
    async (method, url, payload) => {
      const response = await parley.request({ method: method as 'POST', url, payload });
      expect(response.statusCode).toBe(401);
    },
  );

  it('lets recruiters read the organization connection and keeps interviewers out', async () => {
    expect(
      (await parley.request({ method: 'GET', url: '/api/zoom/organization', as: as.recruiter })).statusCode,
    ).toBe(200);
    const interviewer = await parley.request({
      method: 'GET',
      url: '/api/zoom/organization',
      as: as.interviewer,
    });
    expect(interviewer.statusCode).toBe(403);
  });

  it('lets every role manage their own personal connection', async () => {
    for (const role of ['admin', 'recruiter', 'interviewer'] as const) {
      expect(
        (await parley.request({ method: 'GET', url: '/api/zoom/personal', as: as[role] })).statusCode,
      ).toBe(200);
      const started = await parley.request({
        method: 'POST',
        url: '/api/zoom/personal/authorize',
        as: as[role],
      });
      expect(started.statusCode).toBe(200);
    }
  });

  it('needs the CSRF token for changes', async () => {
    const response = await parley.request({
      method: 'DELETE',
      url: '/api/zoom/organization',
      as: as.admin,
      withoutCsrf: true,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error.code).toBe('CSRF_INVALID');
  });
});

describe('tenant isolation of Zoom connections', () => {
  it('shows another organization nothing of A’s connection, and its changes leave A alone', async () => {
    const view = await parley.request({ method: 'GET', url: '/api/zoom/organization', as: as.adminOfB });
    expect(view.json()).toMatchObject({ status: 'not_connected', zoomUser: null, zoomAccountId: null });
    expect(
      (await parley.request({ method: 'DELETE', url: '/api/zoom/organization', as: as.adminOfB })).statusCode,
    ).toBe(204);
    const check = await parley.request({
      method: 'POST',
      url: '/api/zoom/organization/check',
      as: as.adminOfB,
    });
    expect(check.statusCode).toBe(409);
    await parley.request({ method: 'POST', url: '/api/zoom/organization/admin-link', as: as.adminOfB });
    const [row] = await parley.database.db
      .select()
      .from(zoomConnections)
      .where(eq(zoomConnections.organizationId, organizationA));
    expect(row).toMatchObject({ status: 'connected', kind: 'organization' });
    const viewOfA = await parley.request({ method: 'GET', url: '/api/zoom/organization', as: as.admin });
    expect(viewOfA.json()).toMatchObject({ status: 'connected', pendingLink: null });
  });

  it('an admin link of B starts B’s flow, never A’s', async () => {
    const created = await parley.request({
      method: 'POST',
      url: '/api/zoom/organization/admin-link',
      as: as.adminOfB,
    });
    const token = created.json().url.split('/zoom/admin-authorize/')[1];
    const preview = await parley.request({ method: 'GET', url: `/api/zoom/admin-links/${token}` });
    expect(preview.json().organizationName).toBe('Org B');
  });
});
