import { completeAuthorization } from '@parley/zoom-emulator';
import { and, eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { auditEvents } from '../../db/schema.ts';
import { zoomConnections, zoomOAuthStates } from '../../db/zoom-schema.ts';
import type { TestSession } from '../../test/create-test-app.ts';
import { followZoomRedirect, resultOf, runOAuthFlow, useZoomTestApp } from '../testing/zoom-test-fixtures.ts';

const parley = useZoomTestApp();
let organizationB: string;
/** The attacker: an admin of organization B. */
let adminOfB: TestSession;
/** The victim: a Parley user of organization A whose Zoom account is member1@acme.test. */
let victim: TestSession;
let adminOfA: TestSession;

const personalStart = '/api/zoom/personal/authorize';
const organizationStart = '/api/zoom/organization/authorize';

beforeAll(async () => {
  await parley.createOrganization('Victim Co', [{ role: 'admin' }, { role: 'interviewer' }]);
  ({ organizationId: organizationB } = await parley.createOrganization('Attacker Co', [{ role: 'admin' }]));
  adminOfA = await parley.login('admin@victim-co.test');
  victim = await parley.login('interviewer@victim-co.test');
  adminOfB = await parley.login('admin@attacker-co.test');
});

beforeEach(async () => {
  parley.emulator.control.reset();
  await parley.database.db.delete(zoomConnections);
});

/** Starts a flow as `starter` and walks Zoom's pages as `zoomEmail`: the redirect Zoom answers with. */
async function authorizeAtZoom(start: string, starter: TestSession, zoomEmail: string): Promise<string> {
  const started = await parley.request({ method: 'POST', url: start, as: starter });
  expect(started.statusCode).toBe(200);
  const atZoom = await completeAuthorization({ authorizeUrl: started.json().authorizeUrl, email: zoomEmail });
  if (atZoom.kind !== 'redirect') throw new Error(`Zoom stopped the flow (${atZoom.status})`);
  return atZoom.location;
}

function codeExchanges(): number {
  return parley.emulator.control.counters().requests['POST /oauth/token']?.total ?? 0;
}

describe('the OAuth callback is bound to the browser (session and user) that started the flow', () => {
  it('refuses the attack: B’s admin starts a personal authorize, the victim completes it in their own browser', async () => {
    // The victim has authorized Parley's personal app before, so Zoom would skip its consent page.
    await runOAuthFlow(parley, { start: personalStart, as: victim, zoomEmail: 'member1@acme.test' });
    await parley.database.db.delete(zoomConnections);
    parley.emulator.control.resetCounters();

    const redirect = await authorizeAtZoom(personalStart, adminOfB, 'member1@acme.test');
    const response = await followZoomRedirect(parley, redirect, victim);

    expect(response.statusCode).toBe(303);
    expect(response.headers.location).toBe('/zoom/result?flow=personal&outcome=other_browser');
    expect(await parley.database.db.select().from(zoomConnections)).toEqual([]);
    expect(codeExchanges()).toBe(0);
    const personal = await parley.request({ method: 'GET', url: '/api/zoom/personal', as: adminOfB });
    expect(personal.json().status).toBe('not_connected');
    const [event] = await parley.database.db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.organizationId, organizationB),
          eq(auditEvents.action, 'zoom.personal.connect_failed'),
        ),
      );
    expect(event).toMatchObject({ actorUserId: adminOfB.userId, result: 'failure' });
    expect(event!.metadata).toMatchObject({ outcome: 'other_browser', signedIn: true });
  });

  it('refuses a callback without any Parley session cookie', async () => {
    const redirect = await authorizeAtZoom(personalStart, adminOfB, 'member2@acme.test');
    const response = await followZoomRedirect(parley, redirect);
    expect(resultOf(response)).toMatchObject({ flow: 'personal', outcome: 'other_browser' });
    expect(await parley.database.db.select().from(zoomConnections)).toEqual([]);
    expect(codeExchanges()).toBe(0);
  });

  it('refuses the same user’s other session (another browser)', async () => {
    const redirect = await authorizeAtZoom(personalStart, adminOfB, 'member2@acme.test');
    const otherBrowser = await parley.login('admin@attacker-co.test');
    expect(resultOf(await followZoomRedirect(parley, redirect, otherBrowser)).outcome).toBe('other_browser');
    expect(await parley.database.db.select().from(zoomConnections)).toEqual([]);
  });

  it('refuses an organization authorize completed in another organization’s admin’s browser', async () => {
    const redirect = await authorizeAtZoom(organizationStart, adminOfB, 'admin@acme.test');
    const response = await followZoomRedirect(parley, redirect, adminOfA);
    expect(resultOf(response)).toMatchObject({ flow: 'organization', outcome: 'other_browser' });
    expect(await parley.database.db.select().from(zoomConnections)).toEqual([]);
    expect(codeExchanges()).toBe(0);
  });

  it('uses the state up: the right browser cannot replay a refused callback', async () => {
    const redirect = await authorizeAtZoom(personalStart, adminOfB, 'member2@acme.test');
    expect(resultOf(await followZoomRedirect(parley, redirect)).outcome).toBe('other_browser');
    expect(resultOf(await followZoomRedirect(parley, redirect, adminOfB)).outcome).toBe('state_invalid');
  });

  it('ends a pending flow at logout (its state goes with the session)', async () => {
    const session = await parley.login('admin@attacker-co.test');
    const redirect = await authorizeAtZoom(personalStart, session, 'member2@acme.test');
    await parley.request({ method: 'POST', url: '/api/auth/logout', as: session });
    expect(resultOf(await followZoomRedirect(parley, redirect, session)).outcome).toBe('state_invalid');
  });

  it('connects when the browser that started the flow completes it', async () => {
    const redirect = await authorizeAtZoom(personalStart, adminOfB, 'member2@acme.test');
    expect(resultOf(await followZoomRedirect(parley, redirect, adminOfB)).outcome).toBe('connected');
    const [connection] = await parley.database.db.select().from(zoomConnections);
    expect(connection).toMatchObject({ userId: adminOfB.userId, zoomUserEmail: 'member2@acme.test' });
  });

  it('keeps the admin link’s cross-browser design: a Zoom admin with no Parley session completes it', async () => {
    const link = await parley.request({
      method: 'POST',
      url: '/api/zoom/organization/admin-link',
      as: adminOfB,
    });
    const token = link.json().url.split('/zoom/admin-authorize/')[1] as string;
    const response = await runOAuthFlow(parley, {
      start: `/api/zoom/admin-links/${token}/authorize`,
      zoomEmail: 'owner@acme.test',
    });
    expect(resultOf(response)).toMatchObject({ flow: 'admin_link', outcome: 'connected' });
    const [connection] = await parley.database.db.select().from(zoomConnections);
    expect(connection).toMatchObject({ organizationId: organizationB, kind: 'organization' });
    // The admin link's state is the only kind stored without a session.
    const unbound = await parley.database.executeSql(
      "SELECT count(*)::int AS n FROM zoom_oauth_states WHERE session_id IS NULL AND purpose <> 'admin_link'",
    );
    expect(unbound.rows[0]).toEqual({ n: 0 });
    await expect(
      parley.database.db.insert(zoomOAuthStates).values({
        stateHash: 'unbound',
        purpose: 'personal',
        organizationId: organizationB,
        userId: adminOfB.userId,
        sealedCodeVerifier: 'x',
        redirectUri: 'http://localhost:3000/oauth/zoom/callback',
        expiresAt: new Date(Date.now() + 60_000),
      }),
    ).rejects.toThrow();
  });
});
