import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { devMailMessages } from '../db/schema.ts';
import { recruitingRbacCases } from '../recruiting/testing/recruiting-rbac-cases.ts';
import { eventually, type TestSession } from '../test/create-test-app.ts';
import { useTestApp } from '../test/use-test-app.ts';

type Caller = 'anonymous' | 'admin' | 'recruiter' | 'interviewer';
const callers: Caller[] = ['anonymous', 'admin', 'recruiter', 'interviewer'];

interface RouteCase {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** As in the OpenAPI document, with `{param}` placeholders. */
  path: string;
  /** Expected status per caller. */
  expected: Record<Caller, number>;
  /** The concrete request for one caller. */
  request: (caller: Caller) => { url: string; payload?: unknown };
}

const adminsOnly = (adminStatus: number) => ({
  anonymous: 401,
  admin: adminStatus,
  recruiter: 403,
  interviewer: 403,
});
const signedIn = (status: number) => ({
  anonymous: 401,
  admin: status,
  recruiter: status,
  interviewer: status,
});
const adminsAndRecruiters = (status: number) => ({
  anonymous: 401,
  admin: status,
  recruiter: status,
  interviewer: 403,
});
const anyone = (status: number) => ({
  anonymous: status,
  admin: status,
  recruiter: status,
  interviewer: status,
});

const wrongServerToServer = {
  accountId: 'dcy_kSqMSxS5qozGYGI9gu',
  clientId: 'parley-s2s',
  clientSecret: 'wrong',
};
const parley = useTestApp();
const sessions = {} as Record<Exclude<Caller, 'anonymous'>, TestSession>;
let organizationId: string;
let targetUserId: string;
let invitationIds: string[];
let mailId: string;

const recruiting = recruitingRbacCases();

/** Every API route and who may call it (docs/api.md, "Who"). */
const table: RouteCase[] = [
  ...recruiting.cases,
  { method: 'GET', path: '/api/me', expected: signedIn(200), request: () => ({ url: '/api/me' }) },
  {
    method: 'PATCH',
    path: '/api/me',
    expected: signedIn(200),
    request: () => ({ url: '/api/me', payload: { timeZone: 'Europe/Berlin' } }),
  },
  {
    method: 'GET',
    path: '/api/me/notification-preferences',
    expected: signedIn(200),
    request: () => ({ url: '/api/me/notification-preferences' }),
  },
  {
    method: 'PUT',
    path: '/api/me/notification-preferences',
    expected: signedIn(200),
    request: () => ({
      url: '/api/me/notification-preferences',
      payload: { email: { meeting_failed: true } },
    }),
  },
  {
    method: 'GET',
    path: '/api/notifications',
    expected: adminsOnly(200),
    request: () => ({ url: '/api/notifications' }),
  },
  {
    method: 'POST',
    path: '/api/notifications/{id}/read',
    // No such incident: admins meet 404, others are refused before it is looked up.
    expected: adminsOnly(404),
    request: () => ({ url: '/api/notifications/00000000-0000-4000-8000-00000000beef/read' }),
  },
  {
    method: 'POST',
    path: '/api/notifications/read-all',
    expected: adminsOnly(204),
    request: () => ({ url: '/api/notifications/read-all' }),
  },
  {
    method: 'GET',
    path: '/api/message-templates',
    expected: adminsOnly(200),
    request: () => ({ url: '/api/message-templates' }),
  },
  {
    method: 'POST',
    path: '/api/message-templates/preview',
    // An invitation without {join_url}: admins meet the check (400), others are refused first.
    expected: adminsOnly(400),
    request: () => ({
      url: '/api/message-templates/preview',
      payload: { kind: 'candidate_invitation', language: 'en', subject: 'Hi', body: 'No link' },
    }),
  },
  {
    method: 'PUT',
    path: '/api/message-templates/{kind}/{language}',
    // A stale version: admins meet 409 and nothing is saved, others are refused first.
    expected: adminsOnly(409),
    request: () => ({
      url: '/api/message-templates/team_update/en',
      payload: { subject: 'Changed: {job}', body: 'Hello {recipient_name}', version: 7 },
    }),
  },
  {
    method: 'DELETE',
    path: '/api/message-templates/{kind}/{language}',
    expected: adminsOnly(200),
    request: () => ({ url: '/api/message-templates/team_update/en' }),
  },
  {
    method: 'POST',
    path: '/api/me/password',
    // A wrong current password: every role may try (400), nobody's password changes.
    expected: signedIn(400),
    request: () => ({
      url: '/api/me/password',
      payload: { currentPassword: 'not the password', newPassword: 'a new password here' },
    }),
  },
  {
    method: 'POST',
    path: '/api/auth/login',
    expected: anyone(401),
    request: () => ({
      url: '/api/auth/login',
      payload: { email: 'nobody@example.test', password: 'wrong password' },
    }),
  },
  {
    method: 'POST',
    path: '/api/auth/logout',
    expected: signedIn(204),
    request: () => ({ url: '/api/auth/logout' }),
  },
  { method: 'GET', path: '/api/users', expected: adminsOnly(200), request: () => ({ url: '/api/users' }) },
  {
    method: 'PATCH',
    path: '/api/organization',
    expected: adminsOnly(200),
    request: () => ({ url: '/api/organization', payload: { timeZone: 'Asia/Tokyo' } }),
  },
  {
    method: 'GET',
    path: '/api/members',
    expected: adminsAndRecruiters(200),
    request: () => ({ url: '/api/members' }),
  },
  {
    method: 'PATCH',
    path: '/api/users/{id}',
    expected: adminsOnly(200),
    request: () => ({ url: `/api/users/${targetUserId}`, payload: { role: 'recruiter' } }),
  },
  {
    method: 'POST',
    path: '/api/users/{id}/unlock-sign-in',
    expected: adminsOnly(204),
    request: () => ({ url: `/api/users/${targetUserId}/unlock-sign-in` }),
  },
  {
    method: 'GET',
    path: '/api/invitations',
    expected: adminsOnly(200),
    request: () => ({ url: '/api/invitations' }),
  },
  {
    method: 'POST',
    path: '/api/invitations',
    expected: adminsOnly(201),
    request: (caller) => ({
      url: '/api/invitations',
      payload: { email: `new-${caller}@example.test`, role: 'interviewer' },
    }),
  },
  {
    method: 'DELETE',
    path: '/api/invitations/{id}',
    expected: adminsOnly(204),
    request: (caller) => ({ url: `/api/invitations/${invitationIds[callers.indexOf(caller)]}` }),
  },
  {
    method: 'GET',
    path: '/api/invitations/by-token/{token}',
    expected: anyone(404),
    request: () => ({ url: '/api/invitations/by-token/unknown-token' }),
  },
  {
    method: 'POST',
    path: '/api/invitations/by-token/{token}/accept',
    expected: anyone(404),
    request: () => ({
      url: '/api/invitations/by-token/unknown-token/accept',
      payload: { name: 'Someone', password: 'a long enough password' },
    }),
  },
  {
    method: 'GET',
    path: '/api/dev/mailbox',
    expected: adminsOnly(200),
    request: () => ({ url: '/api/dev/mailbox' }),
  },
  {
    method: 'GET',
    path: '/api/audit-events',
    expected: adminsOnly(200),
    request: () => ({ url: '/api/audit-events?action=user.invited' }),
  },
  {
    method: 'GET',
    path: '/api/zoom/connected-users',
    expected: adminsOnly(200),
    request: () => ({ url: '/api/zoom/connected-users' }),
  },
  {
    method: 'GET',
    path: '/api/zoom/account-users',
    // 409 ZOOM_NOT_CONNECTED: the organization has no Zoom connection.
    expected: adminsOnly(409),
    request: () => ({ url: '/api/zoom/account-users?search=a' }),
  },
  {
    method: 'POST',
    path: '/api/zoom/account-users/sync',
    expected: adminsOnly(409),
    request: () => ({ url: '/api/zoom/account-users/sync' }),
  },
  {
    method: 'GET',
    path: '/api/zoom/host-candidates',
    expected: adminsAndRecruiters(200),
    request: () => ({ url: '/api/zoom/host-candidates' }),
  },
  {
    method: 'PUT',
    path: '/api/zoom/host-candidates',
    expected: adminsOnly(409),
    request: () => ({ url: '/api/zoom/host-candidates', payload: { hosts: [] } }),
  },
  {
    method: 'GET',
    path: '/api/zoom/meeting-guard',
    expected: adminsOnly(200),
    request: () => ({ url: '/api/zoom/meeting-guard' }),
  },
  {
    method: 'PUT',
    path: '/api/zoom/meeting-guard',
    expected: adminsOnly(200),
    request: () => ({ url: '/api/zoom/meeting-guard', payload: { autoRecreate: false } }),
  },
  {
    method: 'POST',
    path: '/api/zoom/meeting-guard/reconcile',
    // 202: the run is queued; without a connection it ends with its error, shown on Settings → Zoom.
    expected: adminsOnly(202),
    request: () => ({ url: '/api/zoom/meeting-guard/reconcile' }),
  },
  {
    method: 'GET',
    path: '/api/zoom/flagged-interviews',
    expected: adminsOnly(200),
    request: () => ({ url: '/api/zoom/flagged-interviews' }),
  },
  {
    method: 'POST',
    path: '/api/zoom/flagged-interviews/revalidate',
    expected: adminsOnly(200),
    request: () => ({ url: '/api/zoom/flagged-interviews/revalidate' }),
  },
  {
    method: 'GET',
    path: '/api/zoom/rooms',
    expected: adminsAndRecruiters(200),
    request: () => ({ url: '/api/zoom/rooms' }),
  },
  {
    method: 'POST',
    path: '/api/zoom/rooms/sync',
    expected: adminsOnly(409),
    request: () => ({ url: '/api/zoom/rooms/sync' }),
  },
  {
    method: 'GET',
    path: '/api/zoom/organization',
    expected: adminsAndRecruiters(200),
    request: () => ({ url: '/api/zoom/organization' }),
  },
  {
    method: 'POST',
    path: '/api/zoom/organization/authorize',
    expected: adminsOnly(200),
    request: () => ({ url: '/api/zoom/organization/authorize' }),
  },
  {
    method: 'POST',
    path: '/api/zoom/organization/admin-link',
    expected: adminsOnly(201),
    request: () => ({ url: '/api/zoom/organization/admin-link' }),
  },
  {
    method: 'DELETE',
    path: '/api/zoom/organization/admin-link',
    expected: adminsOnly(204),
    request: () => ({ url: '/api/zoom/organization/admin-link' }),
  },
  {
    method: 'POST',
    path: '/api/zoom/organization/server-to-server/test',
    // 422 ZOOM_CREDENTIALS_REJECTED: the embedded emulator refuses these credentials.
    expected: adminsOnly(422),
    request: () => ({ url: '/api/zoom/organization/server-to-server/test', payload: wrongServerToServer }),
  },
  {
    method: 'PUT',
    path: '/api/zoom/organization/server-to-server',
    expected: adminsOnly(422),
    request: () => ({ url: '/api/zoom/organization/server-to-server', payload: wrongServerToServer }),
  },
  {
    method: 'POST',
    path: '/api/zoom/organization/check',
    // 409 ZOOM_NOT_CONNECTED: the organization has no Zoom connection.
    expected: adminsOnly(409),
    request: () => ({ url: '/api/zoom/organization/check' }),
  },
  {
    method: 'DELETE',
    path: '/api/zoom/organization',
    expected: adminsOnly(204),
    request: () => ({ url: '/api/zoom/organization' }),
  },
  {
    method: 'GET',
    path: '/api/zoom/personal',
    expected: signedIn(200),
    request: () => ({ url: '/api/zoom/personal' }),
  },
  {
    method: 'POST',
    path: '/api/zoom/personal/authorize',
    expected: signedIn(200),
    request: () => ({ url: '/api/zoom/personal/authorize' }),
  },
  {
    method: 'DELETE',
    path: '/api/zoom/personal',
    expected: signedIn(204),
    request: () => ({ url: '/api/zoom/personal' }),
  },
  {
    method: 'GET',
    path: '/api/zoom/admin-links/{token}',
    expected: anyone(404),
    request: () => ({ url: '/api/zoom/admin-links/forged.1.token' }),
  },
  {
    method: 'POST',
    path: '/api/zoom/admin-links/{token}/authorize',
    expected: anyone(404),
    request: () => ({ url: '/api/zoom/admin-links/forged.1.token/authorize' }),
  },
  ...interviewCases(),
  {
    method: 'GET',
    path: '/api/dev/mailbox/{id}',
    expected: adminsOnly(200),
    request: () => ({ url: `/api/dev/mailbox/${mailId}` }),
  },
];

beforeAll(async () => {
  const created = await parley.createOrganization('Rbac Co', [
    { role: 'admin' },
    { role: 'recruiter' },
    { role: 'interviewer' },
    { role: 'interviewer', email: 'target@rbac-co.test' },
  ]);
  organizationId = created.organizationId;
  targetUserId = created.userIds['target@rbac-co.test']!;
  for (const role of ['admin', 'recruiter', 'interviewer'] as const) {
    sessions[role] = await parley.login(`${role}@rbac-co.test`);
  }
  invitationIds = [];
  for (const caller of callers) {
    const response = await parley.request({
      method: 'POST',
      url: '/api/invitations',
      as: sessions.admin,
      payload: { email: `revocable-${caller}@example.test`, role: 'recruiter' },
    });
    invitationIds.push(response.json().invitation.id);
  }
  await parley.services.mailer.send({
    organizationId,
    to: 'someone@example.test',
    subject: 'Hello',
    text: 'Hello',
    html: '<p>Hello</p>',
  });
  mailId = await eventually(async () => {
    const [message] = await parley.database.db
      .select({ id: devMailMessages.id })
      .from(devMailMessages)
      .where(eq(devMailMessages.subject, 'Hello'));
    return message?.id;
  });
  await recruiting.prepare(parley, sessions);
});

describe('role-based access control', () => {
  for (const route of table) {
    for (const caller of callers) {
      const expected = route.expected[caller];
      it(`${route.method} ${route.path} as ${caller} → ${expected}`, async () => {
        // Logging out ends the session; use a fresh one so the other rows keep theirs.
        const as =
          caller === 'anonymous'
            ? undefined
            : route.path === '/api/auth/logout'
              ? await parley.login(`${caller}@rbac-co.test`)
              : sessions[caller];
        const { url, payload } = route.request(caller);
        const response = await parley.request({ method: route.method, url, payload: payload as object, as });
        expect(response.statusCode, response.body).toBe(expected);
        if (expected === 401)
          expect(response.json().error.code).toMatch(/^(UNAUTHENTICATED|INVALID_CREDENTIALS)$/);
        if (expected === 403) expect(response.json().error.code).toBe('FORBIDDEN');
      });
    }
  }

  it('covers every API route the server documents', async () => {
    const document = (await parley.request({ method: 'GET', url: '/api/docs/json' })).json();
    const documented = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(
      ([path, operations]) => Object.keys(operations).map((method) => `${method.toUpperCase()} ${path}`),
    );
    // The change stream never ends, which app.inject() waits for: changes/change-stream.test.ts checks
    // its access over real HTTP.
    const streams = ['GET /api/changes'];
    const apiRoutes = documented.filter(
      (route) => / \/api\//.test(route) && !/ \/api\/docs/.test(route) && !streams.includes(route),
    );
    expect(apiRoutes.sort()).toEqual(table.map((route) => `${route.method} ${route.path}`).sort());
  });
});

/** The interview routes: no interview exists, so editors meet 404 (or 409 without Zoom) where others meet 403. */
function interviewCases(): RouteCase[] {
  const missing = '00000000-0000-4000-8000-00000000beef';
  const slot = { startAt: '2026-11-02T10:00:00Z', timeZone: 'UTC', durationMinutes: 30 };
  const byId = (
    method: RouteCase['method'],
    suffix: string,
    expected: Record<Caller, number>,
    payload?: unknown,
  ) => ({
    method,
    path: `/api/interviews/{id}${suffix}`,
    expected,
    request: () => ({ url: `/api/interviews/${missing}${suffix}`, payload }),
  });
  return [
    {
      method: 'POST',
      path: '/api/interviews/host-preview',
      // 409 ZOOM_NOT_CONNECTED: the organization has no Zoom connection.
      expected: adminsAndRecruiters(409),
      request: () => ({ url: '/api/interviews/host-preview', payload: slot }),
    },
    {
      method: 'POST',
      path: '/api/interviews',
      expected: adminsAndRecruiters(404),
      request: () => ({
        url: '/api/interviews',
        payload: { ...slot, applicationId: missing, locationKind: 'phone', video: false },
      }),
    },
    {
      method: 'GET',
      path: '/api/interviews',
      expected: signedIn(200),
      request: () => ({ url: '/api/interviews' }),
    },
    {
      method: 'GET',
      path: '/api/interviews/busy',
      expected: adminsAndRecruiters(200),
      request: () => ({
        url: `/api/interviews/busy?from=2026-11-02T00:00:00Z&to=2026-11-09T00:00:00Z&userIds=${missing}`,
      }),
    },
    byId('GET', '', signedIn(404)),
    byId('PATCH', '', adminsAndRecruiters(404), { version: 1, durationMinutes: 45 }),
    byId('POST', '/host', adminsAndRecruiters(404), { version: 1, host: { kind: 'automatic' } }),
    byId('POST', '/cancel', adminsAndRecruiters(404), { version: 1 }),
    byId('POST', '/meeting/retry', adminsAndRecruiters(404), { version: 1 }),
    byId('GET', '/meeting/start', signedIn(404)),
    byId('GET', '/messages', adminsAndRecruiters(404)),
    byId('GET', '/calendar.ics', signedIn(404)),
    byId('POST', '/meeting/recreate', adminsAndRecruiters(404), { version: 1 }),
    byId('POST', '/meeting/keep-zoom-time', adminsAndRecruiters(404), { version: 1 }),
    byId('POST', '/meeting/restore-time', adminsAndRecruiters(404), { version: 1 }),
  ];
}
