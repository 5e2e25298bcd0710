import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, invitations } from '../db/schema.ts';
import { eventually, type TestSession } from '../test/create-test-app.ts';
import { useTestApp } from '../test/use-test-app.ts';

const parley = useTestApp();
let admin: TestSession;
let germanAdmin: TestSession;

beforeAll(async () => {
  await parley.createOrganization('Invite Co', [
    { role: 'admin', name: 'Ada Admin' },
    { role: 'admin', email: 'dora@invite-co.test', name: 'Dora Deutsch', language: 'de' },
    { role: 'recruiter' },
  ]);
  admin = await parley.login('admin@invite-co.test');
  germanAdmin = await parley.login('dora@invite-co.test');
});

async function invite(email: string, role = 'recruiter', as = admin) {
  const response = await parley.request({
    method: 'POST',
    url: '/api/invitations',
    as,
    payload: { email, role },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().invitation as { id: string; status: string; expiresAt: string };
}

/** Waits for the invitation email to `to` in the development mailbox and returns it with its link token. */
async function receiveInvitationEmail(to: string) {
  const summary = await eventually(async () => {
    const { messages } = (await parley.request({ method: 'GET', url: '/api/dev/mailbox', as: admin })).json();
    return (messages as { id: string; to: string[] }[]).find((message) => message.to.includes(to));
  });
  const message = (
    await parley.request({ method: 'GET', url: `/api/dev/mailbox/${summary.id}`, as: admin })
  ).json();
  const token = /http:\/\/parley\.test\/invitations\/([\w-]+)/.exec(message.text)?.[1];
  expect(token).toBeDefined();
  return { message, token: token! };
}

function status(listing: { invitations: { id: string; status: string }[] }, id: string) {
  return listing.invitations.find((invitation) => invitation.id === id)?.status;
}

describe('invitation lifecycle', () => {
  it('mails a link through SMTP; the link shows the invitation and accepting it signs the new user in', async () => {
    const invitation = await invite('new.recruiter@example.test');
    expect(invitation.status).toBe('pending');
    const lifetime = new Date(invitation.expiresAt).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(6.99 * 24 * 3600 * 1000);
    expect(lifetime).toBeLessThanOrEqual(7 * 24 * 3600 * 1000);

    const { message, token } = await receiveInvitationEmail('new.recruiter@example.test');
    expect(message.from).toContain('parley@localhost');
    expect(message.subject).toBe('Ada Admin invited you to Invite Co on Parley');
    expect(message.text).toContain('as a recruiter');
    expect(message.html).toContain(`href="http://parley.test/invitations/${token}"`);

    const shown = await parley.request({ method: 'GET', url: `/api/invitations/by-token/${token}` });
    expect(shown.statusCode).toBe(200);
    expect(shown.json()).toEqual({
      email: 'new.recruiter@example.test',
      role: 'recruiter',
      organizationName: 'Invite Co',
      expiresAt: invitation.expiresAt,
    });

    const tooShort = await parley.request({
      method: 'POST',
      url: `/api/invitations/by-token/${token}/accept`,
      payload: { name: 'Nora New', password: 'short' },
    });
    expect(tooShort.statusCode).toBe(400);
    expect(tooShort.json().error.details).toEqual([
      { path: 'password', message: 'Must be at least 10 characters long.' },
    ]);

    const accepted = await parley.request({
      method: 'POST',
      url: `/api/invitations/by-token/${token}/accept`,
      payload: { name: 'Nora New', password: 'a good long password', language: 'ja', timeZone: 'Asia/Tokyo' },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json().user).toMatchObject({
      email: 'new.recruiter@example.test',
      name: 'Nora New',
      role: 'recruiter',
      language: 'ja',
      timeZone: 'Asia/Tokyo',
    });
    const cookie = /parley_session=[^;]+/.exec(String(accepted.headers['set-cookie']))![0];
    const me = await parley.request({ method: 'GET', url: '/api/me', headers: { cookie } });
    expect(me.json().organization.name).toBe('Invite Co');

    // The new user can sign in with the chosen password, too.
    expect((await parley.login('new.recruiter@example.test', 'a good long password')).email).toBe(
      'new.recruiter@example.test',
    );
    const listing = (await parley.request({ method: 'GET', url: '/api/invitations', as: admin })).json();
    expect(status(listing, invitation.id)).toBe('accepted');
  });

  it('works once: a used link answers 404 INVITATION_INVALID', async () => {
    await invite('once@example.test');
    const { token } = await receiveInvitationEmail('once@example.test');
    const payload = { name: 'Once', password: 'a good long password' };
    const url = `/api/invitations/by-token/${token}/accept`;
    expect((await parley.request({ method: 'POST', url, payload })).statusCode).toBe(200);
    const again = await parley.request({ method: 'POST', url, payload });
    expect(again.statusCode).toBe(404);
    expect(again.json().error).toEqual({
      code: 'INVITATION_INVALID',
      message: 'This invitation link is invalid or has already been used.',
    });
    expect(
      (await parley.request({ method: 'GET', url: `/api/invitations/by-token/${token}` })).statusCode,
    ).toBe(404);
  });

  it('expires after 7 days: 410 INVITATION_EXPIRED, listed as expired', async () => {
    const invitation = await invite('late@example.test');
    const { token } = await receiveInvitationEmail('late@example.test');
    await parley.database.db
      .update(invitations)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(invitations.id, invitation.id));
    const shown = await parley.request({ method: 'GET', url: `/api/invitations/by-token/${token}` });
    expect(shown.statusCode).toBe(410);
    expect(shown.json().error.code).toBe('INVITATION_EXPIRED');
    const accept = await parley.request({
      method: 'POST',
      url: `/api/invitations/by-token/${token}/accept`,
      payload: { name: 'Late', password: 'a good long password' },
    });
    expect(accept.statusCode).toBe(410);
    const listing = (await parley.request({ method: 'GET', url: '/api/invitations', as: admin })).json();
    expect(status(listing, invitation.id)).toBe('expired');
  });

  it('can be revoked: the link stops working and the invitation is listed as revoked', async () => {
    const invitation = await invite('revoked@example.test');
    const { token } = await receiveInvitationEmail('revoked@example.test');
    const revoke = await parley.request({
      method: 'DELETE',
      url: `/api/invitations/${invitation.id}`,
      as: admin,
    });
    expect(revoke.statusCode).toBe(204);
    const shown = await parley.request({ method: 'GET', url: `/api/invitations/by-token/${token}` });
    expect(shown.statusCode).toBe(404);
    expect(shown.json().error.code).toBe('INVITATION_INVALID');
    const listing = (await parley.request({ method: 'GET', url: '/api/invitations', as: admin })).json();
    expect(status(listing, invitation.id)).toBe('revoked');
    expect(listing.invitations[0].createdAt >= listing.invitations.at(-1).createdAt).toBe(true);
  });

  it('replaces an earlier pending invitation of the same address', async () => {
    const first = await invite('twice@example.test');
    const second = await invite('twice@example.test', 'interviewer');
    const listing = (await parley.request({ method: 'GET', url: '/api/invitations', as: admin })).json();
    expect(status(listing, first.id)).toBe('revoked');
    expect(status(listing, second.id)).toBe('pending');
    expect(listing.invitations[0].id).toBe(second.id);
    const [revoked] = await parley.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'invitation.revoked'), eq(auditEvents.targetId, first.id)));
    expect(revoked).toMatchObject({ actorUserId: admin.userId, result: 'success' });
    expect(revoked!.metadata).toEqual({
      email: 'twice@example.test',
      reason: 'replaced',
      replacedBy: second.id,
    });
  });

  it('refuses an address that already has an account in the organization: 409 EMAIL_TAKEN', async () => {
    const response = await parley.request({
      method: 'POST',
      url: '/api/invitations',
      as: admin,
      payload: { email: 'Recruiter@Invite-Co.test', role: 'admin' },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toEqual({
      code: 'EMAIL_TAKEN',
      message: 'A user with this email address already exists.',
    });
  });

  it('does not reveal an address used in another organization: invited (201), the accept is refused', async () => {
    await parley.createOrganization('Elsewhere Co', [{ role: 'recruiter', email: 'taken@elsewhere.test' }]);
    const invitation = await invite('Taken@Elsewhere.test', 'interviewer');
    expect(invitation.status).toBe('pending');
    const { token } = await receiveInvitationEmail('taken@elsewhere.test');
    const accepted = await parley.request({
      method: 'POST',
      url: `/api/invitations/by-token/${token}/accept`,
      payload: { name: 'Someone', password: 'a long enough password' },
    });
    expect(accepted.statusCode).toBe(409);
    expect(accepted.json().error.code).toBe('EMAIL_TAKEN');
    const owners = await parley.database.executeSql(
      "SELECT o.name FROM users u JOIN organizations o ON o.id = u.organization_id WHERE u.email = 'taken@elsewhere.test'",
    );
    expect(owners.rows).toEqual([{ name: 'Elsewhere Co' }]);
  });

  it('writes the email in the inviting admin’s language', async () => {
    await invite('neu@example.test', 'interviewer', germanAdmin);
    const { message } = await receiveInvitationEmail('neu@example.test');
    expect(message.subject).toBe('Dora Deutsch hat Sie zu Invite Co in Parley eingeladen');
    expect(message.text).toContain('mit der Rolle „Interviewer·in“');
    expect(message.html).toContain('<html lang="de">');
  });

  it('stores neither the link token nor anything that reveals it', async () => {
    await invite('secret@example.test');
    const { token } = await receiveInvitationEmail('secret@example.test');
    const { rows: invitationRows } = await parley.database.executeSql('SELECT * FROM invitations');
    expect(JSON.stringify(invitationRows)).not.toContain(token);
    const { rows: jobRows } = await parley.database.executeSql('SELECT data FROM pgboss.job');
    expect(jobRows.length).toBeGreaterThan(0);
    expect(JSON.stringify(jobRows)).not.toContain(token);
  });
});
