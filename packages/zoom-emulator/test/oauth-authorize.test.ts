import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ADMIN_REQUIRED_MESSAGE, completeAuthorization } from '../src/index.ts';
import { authorizeUrl, postToken, REDIRECT_URI, useTestEmulator } from './helpers/test-emulator.ts';

const emulator = useTestEmulator();

async function signIn(email: string, returnTo: string, password = 'zoom') {
  return fetch(`${emulator.url}/signin`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ email, password, return_to: returnTo }),
  });
}

describe('GET /oauth/authorize', () => {
  it('asks an unknown browser to sign in with labelled Email and Password fields and a Sign In button', async () => {
    const response = await fetch(authorizeUrl(emulator, { client_id: 'parley-org', state: 's1' }));
    const html = await response.text();
    expect(response.status).toBe(200);
    expect(html).toMatch(/<label for="email">Email<\/label>/);
    expect(html).toMatch(/<label for="password">Password<\/label>/);
    expect(html).toMatch(/<button type="submit">Sign In<\/button>/);
  });

  it('shows the app name and every requested scope with Allow and Decline after sign-in', async () => {
    const url = authorizeUrl(emulator, { client_id: 'parley-org' });
    const signedIn = await signIn('admin@acme.test', url.slice(emulator.url.length));
    expect(signedIn.status).toBe(302);
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    const consent = await (
      await fetch(new URL(signedIn.headers.get('location')!, emulator.url), { headers: { cookie } })
    ).text();
    expect(consent).toContain('Parley (organization)');
    for (const scope of [
      'user:read:list_users:admin',
      'meeting:write:meeting:admin',
      'zoom_rooms:read:list_rooms:admin',
    ]) {
      expect(consent).toContain(`<code>${scope}</code>`);
    }
    expect(consent).toMatch(/<button[^>]*value="allow">Allow<\/button>/);
    expect(consent).toMatch(/<button[^>]*value="decline"[^>]*>Decline<\/button>/);
  });

  it('refuses a wrong password and a deactivated user', async () => {
    const wrong = await signIn('admin@acme.test', '/', 'nope');
    expect(wrong.status).toBe(401);
    expect(await wrong.text()).toContain('Incorrect email or password');
    const inactive = await signIn('former@acme.test', '/');
    expect(inactive.status).toBe(403);
  });

  it('redirects Allow with a code and the state, Decline with error=access_denied and the state', async () => {
    const allowed = await completeAuthorization({
      authorizeUrl: authorizeUrl(emulator, { client_id: 'parley-user', state: 'abc 123' }),
      email: 'member1@acme.test',
    });
    expect(allowed).toMatchObject({ kind: 'redirect', state: 'abc 123', error: null });
    expect(allowed.kind === 'redirect' && allowed.location.startsWith(`${REDIRECT_URI}?code=`)).toBe(true);
    const declined = await completeAuthorization({
      authorizeUrl: authorizeUrl(emulator, { client_id: 'parley-user', state: 'xyz' }),
      email: 'member2@acme.test',
      decision: 'decline',
    });
    expect(declined).toMatchObject({ kind: 'redirect', code: null, state: 'xyz', error: 'access_denied' });
  });

  it("shows Zoom's admin-required page when a member authorizes the admin-managed app", async () => {
    const outcome = await completeAuthorization({
      authorizeUrl: authorizeUrl(emulator, { client_id: 'parley-org' }),
      email: 'member7@acme.test',
    });
    expect(outcome.kind).toBe('page');
    expect(outcome.kind === 'page' && outcome.html).toContain(ADMIN_REQUIRED_MESSAGE);
    expect(
      emulator.control.snapshot().installations.filter((item) => item.clientId === 'parley-org'),
    ).toEqual([]);
  });

  it('shows error 4709 for a redirect URL outside the allow list, and 4702 for an unknown client', async () => {
    const mismatch = await fetch(
      authorizeUrl(emulator, { client_id: 'parley-org', redirect_uri: 'https://evil.example/cb' }),
    );
    expect(mismatch.status).toBe(400);
    expect(await mismatch.text()).toContain('(4,709)');
    const unknown = await fetch(authorizeUrl(emulator, { client_id: 'nobody' }));
    expect(await unknown.text()).toContain('(4,702)');
    const anyPort = await fetch(
      authorizeUrl(emulator, { client_id: 'parley-org', redirect_uri: 'http://127.0.0.1:61234/any/path' }),
    );
    expect(anyPort.status).toBe(200);
  });

  it('stops members at the pre-approval page when the account requires it, until the app is approved', async () => {
    emulator.control.updateAccount('acme', { requirePreApproval: true });
    const blocked = await completeAuthorization({
      authorizeUrl: authorizeUrl(emulator, { client_id: 'parley-user' }),
      email: 'member3@acme.test',
    });
    expect(blocked.kind === 'page' && blocked.html).toContain('requires pre-approval');
    emulator.control.updateAccount('acme', { preApprovedApps: ['parley-user'] });
    const approved = await completeAuthorization({
      authorizeUrl: authorizeUrl(emulator, { client_id: 'parley-user' }),
      email: 'member3@acme.test',
    });
    expect(approved.kind).toBe('redirect');
  });

  it('skips consent when the same user already added the app, and /logout lets another user sign in', async () => {
    const url = authorizeUrl(emulator, { client_id: 'parley-user', state: 'again' });
    const signedIn = await signIn('member4@acme.test', url.slice(emulator.url.length));
    const cookie = signedIn.headers.get('set-cookie')!.split(';')[0]!;
    const consent = await (await fetch(url, { headers: { cookie } })).text();
    const consentId = /name="consent_id" value="([^"]+)"/.exec(consent)![1]!;
    await fetch(`${emulator.url}/oauth/consent`, {
      method: 'POST',
      redirect: 'manual',
      headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ consent_id: consentId, decision: 'allow' }),
    });
    const second = await fetch(url, { headers: { cookie }, redirect: 'manual' });
    expect(second.status).toBe(302);
    expect(new URL(second.headers.get('location')!).searchParams.get('state')).toBe('again');
    const logout = await fetch(`${emulator.url}/logout`, { headers: { cookie } });
    expect(logout.headers.get('set-cookie')).toContain('Max-Age=0');
    const afterLogout = await (await fetch(url, { headers: { cookie } })).text();
    expect(afterLogout).toContain('Sign In');
  });
});

describe('PKCE', () => {
  async function codeFor(params: Record<string, string>) {
    const outcome = await completeAuthorization({
      authorizeUrl: authorizeUrl(emulator, { client_id: 'parley-user', ...params }),
      email: 'member5@acme.test',
    });
    if (outcome.kind !== 'redirect' || !outcome.code) throw new Error('no code');
    return outcome.code;
  }
  const exchange = (code: string, verifier?: string) =>
    postToken(emulator, 'parley-user', {
      grant_type: 'authorization_code',
      code,
      redirect_uri: REDIRECT_URI,
      ...(verifier ? { code_verifier: verifier } : {}),
    });

  it('checks S256: the right verifier works, a wrong one is invalid_grant', async () => {
    const verifier = 'a'.repeat(50);
    const challenge = createHash('sha256').update(verifier).digest('base64url');
    const wrong = await exchange(
      await codeFor({ code_challenge: challenge, code_challenge_method: 'S256' }),
      'b'.repeat(50),
    );
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
    const right = await exchange(
      await codeFor({ code_challenge: challenge, code_challenge_method: 'S256' }),
      verifier,
    );
    expect(right.status).toBe(200);
  });

  it('treats a challenge without a method as plain', async () => {
    const verifier = 'plain-verifier-0123456789-0123456789-0123456789';
    const hashed = await exchange(
      await codeFor({ code_challenge: verifier }),
      createHash('sha256').update(verifier).digest('base64url'),
    );
    expect(hashed.status).toBe(400);
    const plain = await exchange(await codeFor({ code_challenge: verifier }), verifier);
    expect(plain.status).toBe(200);
  });
});
