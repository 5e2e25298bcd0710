import { completeAuthorization } from '@parley/zoom-emulator';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditEvents, devMailMessages, users } from '../../db/schema.ts';
import { zoomAdminLinks, zoomConnections } from '../../db/zoom-schema.ts';
import { hashToken } from '../../secrets/tokens.ts';
import { eventually } from '../../test/create-test-app.ts';
import {
  acmeAccountId,
  authorizeAtZoom,
  followZoomRedirect,
  resultOf,
  runOAuthFlow,
  useConnectionTestWorld,
} from '../testing/zoom-test-fixtures.ts';

const world = useConnectionTestWorld('Link Co', [{ role: 'admin', name: 'Ada Admin' }], { resetEach: true });

async function createLink(): Promise<{ url: string; token: string; expiresAt: string }> {
  const response = await world.asAdmin('POST', '/api/zoom/organization/admin-link');
  expect(response.statusCode).toBe(201);
  const { url, expiresAt } = response.json();
  return { url, expiresAt, token: url.split('/zoom/admin-authorize/')[1] };
}

/** The Zoom admin's side: no Parley session at all. */
async function completeLink(token: string, zoomEmail: string) {
  return runOAuthFlow(world.parley, { start: `/api/zoom/admin-links/${token}/authorize`, zoomEmail });
}

/** The Zoom admin's side up to Zoom's redirect back, for a test that changes something before it. */
const linkAtZoom = (token: string, zoomEmail: string) =>
  authorizeAtZoom(world.parley, { start: `/api/zoom/admin-links/${token}/authorize`, zoomEmail });

async function view() {
  return (await world.asAdmin('GET', '/api/zoom/organization')).json();
}

describe('admin link', () => {
  it('puts the organization in awaiting_authorization with the link’s expiry, shown once', async () => {
    const link = await createLink();
    expect(link.url).toMatch(/^http:\/\/localhost:3000\/zoom\/admin-authorize\/[\w-]+\.\d+\.[\w-]+$/);
    expect(new Date(link.expiresAt).getTime() - Date.now()).toBeGreaterThan(6.9 * 24 * 3_600_000);
    expect(await view()).toMatchObject({
      status: 'awaiting_authorization',
      pendingLink: { expiresAt: link.expiresAt, createdBy: { id: world.admin.userId, name: 'Ada Admin' } },
    });
    const [stored] = await world.parley.database.db.select().from(zoomAdminLinks);
    expect(stored!.tokenHash).not.toContain(link.token);
    expect(JSON.stringify(stored)).not.toContain(link.token.split('.')[0]);
  });

  it('shows the Zoom admin what they are asked, without a login', async () => {
    const link = await createLink();
    const response = await world.parley.request({
      method: 'GET',
      url: `/api/zoom/admin-links/${link.token}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      organizationName: 'Link Co',
      requestedBy: 'Ada Admin',
      expiresAt: link.expiresAt,
      expectedZoomAccount: null,
    });
  });

  it('is completed by the Zoom admin without a Parley login: connected, the link used up', async () => {
    const link = await createLink();
    const response = await completeLink(link.token, 'owner@acme.test');
    expect(response.headers.location).toBe('/zoom/result?flow=admin_link&outcome=connected');
    expect(await view()).toMatchObject({
      status: 'connected',
      zoomAccountId: acmeAccountId,
      zoomUser: { email: 'owner@acme.test', role: 'owner' },
      connectedBy: { id: world.admin.userId },
      pendingLink: null,
    });
    const [event] = await world.parley.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'zoom.organization.connected'));
    expect(event).toMatchObject({ actorUserId: null, result: 'success' });
    expect(event!.metadata).toMatchObject({ via: 'admin_link', zoomUserEmail: 'owner@acme.test' });

    const again = await world.parley.request({ method: 'GET', url: `/api/zoom/admin-links/${link.token}` });
    expect(again.statusCode).toBe(404);
    expect(again.json().error.code).toBe('ZOOM_LINK_INVALID');
  });

  it('tells the admin who created the link, in their language, who used it', async () => {
    await world.parley.database.db
      .update(users)
      .set({ language: 'de' })
      .where(eq(users.id, world.admin.userId));
    const link = await createLink();
    const [stored] = await world.parley.database.db
      .select({ id: zoomAdminLinks.id })
      .from(zoomAdminLinks)
      .where(eq(zoomAdminLinks.tokenHash, hashToken(link.token)));
    expect(resultOf(await completeLink(link.token, 'owner@acme.test')).outcome).toBe('connected');
    const mails = await eventually(async () => {
      const rows = await world.parley.database.db
        .select()
        .from(devMailMessages)
        .where(eq(devMailMessages.messageId, `<zoom-admin-link-used-${stored!.id}@parley>`));
      return rows.length > 0 ? rows : undefined;
    });
    await world.parley.database.db
      .update(users)
      .set({ language: 'en' })
      .where(eq(users.id, world.admin.userId));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(['admin@link-co.test']);
    expect(mails[0]!.subject).toBe('Ihr Zoom-Admin-Link wurde verwendet: Link Co ist mit Zoom verbunden');
    expect(mails[0]!.text).toContain('von der Zoom-Benutzer:in owner@acme.test verwendet');
    expect(mails[0]!.text).toContain('http://localhost:3000/settings/zoom');
    expect(mails[0]!.text).not.toContain(link.token);
  });

  it('used twice in parallel tabs → the second callback says link_used and changes nothing', async () => {
    const link = await createLink();
    const first = await world.parley.request({
      method: 'POST',
      url: `/api/zoom/admin-links/${link.token}/authorize`,
    });
    const second = await world.parley.request({
      method: 'POST',
      url: `/api/zoom/admin-links/${link.token}/authorize`,
    });
    const firstAtZoom = await completeAuthorization({
      authorizeUrl: first.json().authorizeUrl,
      email: 'admin@acme.test',
    });
    const secondAtZoom = await completeAuthorization({
      authorizeUrl: second.json().authorizeUrl,
      email: 'owner@acme.test',
    });
    if (firstAtZoom.kind !== 'redirect' || secondAtZoom.kind !== 'redirect') throw new Error('Zoom stopped');
    expect(resultOf(await followZoomRedirect(world.parley, firstAtZoom.location)).outcome).toBe('connected');
    expect(resultOf(await followZoomRedirect(world.parley, secondAtZoom.location))).toMatchObject({
      flow: 'admin_link',
      outcome: 'link_used',
    });
    expect((await view()).zoomUser.email).toBe('admin@acme.test');
  });

  it('refuses forged and altered links with 404 ZOOM_LINK_INVALID', async () => {
    const link = await createLink();
    const [nonce, expiry, signature] = link.token.split('.') as [string, string, string];
    for (const token of [
      'nonsense',
      `${nonce}.${Number(expiry) + 86_400}.${signature}`,
      `${nonce}x.${expiry}.${signature}`,
      // The first character carries six bits of the signature (the last one partly padding).
      `${nonce}.${expiry}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`,
    ]) {
      for (const method of ['GET', 'POST'] as const) {
        const response = await world.parley.request({
          method,
          url: `/api/zoom/admin-links/${token}${method === 'POST' ? '/authorize' : ''}`,
        });
        expect(response.statusCode).toBe(404);
        expect(response.json().error.code).toBe('ZOOM_LINK_INVALID');
      }
    }
  });

  it('expires after 7 days: 410 ZOOM_LINK_EXPIRED, and a callback after expiry says link_expired', async () => {
    const link = await createLink();
    const atZoom = await linkAtZoom(link.token, 'owner@acme.test');
    await world.parley.database.db.update(zoomAdminLinks).set({ expiresAt: new Date(Date.now() - 1000) });
    const preview = await world.parley.request({ method: 'GET', url: `/api/zoom/admin-links/${link.token}` });
    expect(preview.statusCode).toBe(410);
    expect(preview.json().error.code).toBe('ZOOM_LINK_EXPIRED');
    expect(resultOf(await followZoomRedirect(world.parley, atZoom.location)).outcome).toBe('link_expired');
    expect(await world.parley.database.db.select().from(zoomConnections)).toEqual([]);
    expect((await view()).status).toBe('not_connected');
  });

  it('a new link replaces the pending one; withdrawing ends awaiting_authorization', async () => {
    const first = await createLink();
    const second = await createLink();
    expect(
      (await world.parley.request({ method: 'GET', url: `/api/zoom/admin-links/${first.token}` })).statusCode,
    ).toBe(404);
    expect(
      (await world.parley.request({ method: 'GET', url: `/api/zoom/admin-links/${second.token}` }))
        .statusCode,
    ).toBe(200);
    const withdrawn = await world.asAdmin('DELETE', '/api/zoom/organization/admin-link');
    expect(withdrawn.statusCode).toBe(204);
    expect(
      (await world.parley.request({ method: 'GET', url: `/api/zoom/admin-links/${second.token}` }))
        .statusCode,
    ).toBe(404);
    expect(await view()).toMatchObject({ status: 'not_connected', pendingLink: null });
    const actions = (await world.parley.database.db.select().from(auditEvents)).map((event) => event.action);
    expect(actions).toEqual(expect.arrayContaining(['zoom.admin_link.created', 'zoom.admin_link.withdrawn']));
  });

  it('completed by a Zoom member → not_zoom_admin, and the link still works for the right person', async () => {
    const link = await createLink();
    const atZoom = await linkAtZoom(link.token, 'admin@acme.test');
    world.parley.emulator.control.setUserRole('admin@acme.test', 'member');
    expect(resultOf(await followZoomRedirect(world.parley, atZoom.location)).outcome).toBe('not_zoom_admin');
    expect(resultOf(await completeLink(link.token, 'owner@acme.test')).outcome).toBe('connected');
  });

  it('after a connection broke, a link completed on another Zoom account → wrong_zoom_account, nothing changed', async () => {
    await world.connectAsAdmin('admin@acme.test');
    await world.parley.database.db
      .update(zoomConnections)
      .set({ status: 'needs_reconnect', statusReason: 'zoom_admin_role_lost' })
      .where(eq(zoomConnections.organizationId, world.organizationId));
    const link = await createLink();
    expect((await view()).status).toBe('awaiting_authorization');
    const response = await completeLink(link.token, 'owner@globex.test');
    expect(resultOf(response)).toMatchObject({ flow: 'admin_link', outcome: 'wrong_zoom_account' });
    expect(await view()).toMatchObject({ status: 'awaiting_authorization', zoomAccountId: acmeAccountId });
    expect(resultOf(await completeLink(link.token, 'owner@acme.test')).outcome).toBe('connected');
    expect((await view()).status).toBe('connected');
  });

  it('after a disconnect, a link expects the account of the hosts kept, says so, and refuses another', async () => {
    await world.connectAsAdmin('admin@acme.test');
    const disconnected = await world.asAdmin('DELETE', '/api/zoom/organization');
    expect(disconnected.statusCode).toBe(204);
    expect((await view()).status).toBe('not_connected');
    const link = await createLink();
    const preview = await world.parley.request({ method: 'GET', url: `/api/zoom/admin-links/${link.token}` });
    expect(preview.json().expectedZoomAccount).toEqual({
      zoomAccountId: acmeAccountId,
      zoomUserEmail: 'admin@acme.test',
    });
    const response = await completeLink(link.token, 'owner@globex.test');
    expect(resultOf(response).outcome).toBe('wrong_zoom_account');
    expect(await view()).toMatchObject({ status: 'awaiting_authorization' });
    expect(resultOf(await completeLink(link.token, 'owner@acme.test')).outcome).toBe('connected');
  });

  it('a working connection stays connected while a link is pending', async () => {
    await world.connectAsAdmin('admin@acme.test');
    await createLink();
    expect(await view()).toMatchObject({
      status: 'connected',
      pendingLink: { createdBy: { id: world.admin.userId } },
    });
  });
});
