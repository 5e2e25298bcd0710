import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { inviteAndCatchMail } from '../accounts/testing/invite-and-catch-mail.ts';
import { invitations, users } from '../db/schema.ts';
import type { TestSession } from '../test/create-test-app.ts';
import { useTestApp } from '../test/use-test-app.ts';

const parley = useTestApp();
let adminOfA: TestSession;
let adminOfB: TestSession;
const ofB = { userId: '', invitationId: '', mailId: '' };

beforeAll(async () => {
  await parley.createOrganization('Organization A', [{ role: 'admin' }]);
  const b = await parley.createOrganization('Organization B', [{ role: 'admin' }, { role: 'recruiter' }]);
  adminOfA = await parley.login('admin@organization-a.test');
  adminOfB = await parley.login('admin@organization-b.test');
  ofB.userId = b.userIds['recruiter@organization-b.test']!;
  // The invitation email of B lands in the development mailbox, tagged with B.
  Object.assign(
    ofB,
    await inviteAndCatchMail(parley, adminOfB, b.organizationId, {
      email: 'candidate-for-b@example.test',
      role: 'interviewer',
    }),
  );
});

describe('tenant isolation: an admin of A meets only 404 for what belongs to B', () => {
  it.each([
    ['PATCH', () => `/api/users/${ofB.userId}`, { role: 'admin' }],
    ['PATCH', () => `/api/users/${ofB.userId}`, { active: false }],
    ['DELETE', () => `/api/invitations/${ofB.invitationId}`, undefined],
    ['GET', () => `/api/dev/mailbox/${ofB.mailId}`, undefined],
  ] as const)('%s %s → 404 NOT_FOUND', async (method, url, payload) => {
    const response = await parley.request({ method, url: url(), as: adminOfA, payload });
    expect(response.statusCode).toBe(404);
    expect(response.json().error).toEqual({ code: 'NOT_FOUND', message: 'Not found.' });
  });

  it('leaves B’s user and invitation unchanged after those attempts', async () => {
    const [user] = await parley.database.db.select().from(users).where(eq(users.id, ofB.userId));
    expect(user).toMatchObject({ role: 'recruiter', active: true });
    const [invitation] = await parley.database.db
      .select()
      .from(invitations)
      .where(eq(invitations.id, ofB.invitationId));
    expect(invitation!.revokedAt).toBeNull();
  });

  it('lists only A’s users, invitations and mail', async () => {
    const usersOfA = (await parley.request({ method: 'GET', url: '/api/users', as: adminOfA })).json().users;
    expect(usersOfA.map((user: { email: string }) => user.email)).toEqual(['admin@organization-a.test']);

    const invitationsOfA = (
      await parley.request({ method: 'GET', url: '/api/invitations', as: adminOfA })
    ).json();
    expect(invitationsOfA.invitations).toEqual([]);

    const mailOfA = (await parley.request({ method: 'GET', url: '/api/dev/mailbox', as: adminOfA })).json();
    expect(mailOfA.messages).toEqual([]);
  });

  it('shows B its own data, so the 404s above are about ownership', async () => {
    const mailOfB = (await parley.request({ method: 'GET', url: '/api/dev/mailbox', as: adminOfB })).json();
    expect(mailOfB.messages.map((message: { id: string }) => message.id)).toEqual([ofB.mailId]);
    const invitationsOfB = (
      await parley.request({ method: 'GET', url: '/api/invitations', as: adminOfB })
    ).json();
    expect(invitationsOfB.invitations.map((invitation: { id: string }) => invitation.id)).toEqual([
      ofB.invitationId,
    ]);
    const message = await parley.request({
      method: 'GET',
      url: `/api/dev/mailbox/${ofB.mailId}`,
      as: adminOfB,
    });
    expect(message.statusCode).toBe(200);
  });
});
