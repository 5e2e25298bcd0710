import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../db/schema.ts';
import { createTestApp, testPassword } from '../test/create-test-app.ts';
import { useTestApp } from '../test/use-test-app.ts';

const parley = useTestApp();

beforeAll(async () => {
  await parley.createOrganization('Acme', [
    { role: 'admin' },
    { role: 'recruiter' },
    { role: 'interviewer' },
    { role: 'interviewer', email: 'ines@acme.test', language: 'de' },
    { role: 'interviewer', email: 'limited@acme.test' },
    { role: 'interviewer', email: 'reset@acme.test' },
  ]);
});

describe('login', () => {
  it('answers Me and sets an HttpOnly, SameSite=Lax session cookie that is stored only as a hash', async () => {
    const response = await parley.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: ' Admin@Acme.test ', password: testPassword },
    });
    expect(response.statusCode).toBe(200);
    const me = response.json();
    expect(me.user).toMatchObject({ email: 'admin@acme.test', role: 'admin', active: true, language: 'en' });
    expect(me.organization.name).toBe('Acme');
    expect(me.features).toEqual({ devMailbox: true });
    expect(me.csrfToken).toEqual(expect.any(String));

    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/^parley_session=[\w-]{40,};/);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Lax');
    expect(setCookie).toContain('Path=/');
    expect(setCookie).toContain(`Max-Age=${14 * 24 * 60 * 60}`);
    expect(setCookie).not.toContain('Secure');

    const token = /parley_session=([^;]+)/.exec(setCookie)![1]!;
    const stored = await parley.database.db.select({ tokenHash: sessions.tokenHash }).from(sessions);
    expect(stored.map((row) => row.tokenHash)).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it('answers 401 INVALID_CREDENTIALS for a wrong password and for an unknown email alike', async () => {
    for (const payload of [
      { email: 'admin@acme.test', password: 'not the password' },
      { email: 'nobody@acme.test', password: testPassword },
    ]) {
      const response = await parley.request({ method: 'POST', url: '/api/auth/login', payload });
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({
        error: { code: 'INVALID_CREDENTIALS', message: 'The email address or password is incorrect.' },
      });
      expect(response.headers['set-cookie']).toBeUndefined();
    }
  });

  it('words errors by Accept-Language when nobody is signed in', async () => {
    const response = await parley.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'admin@acme.test', password: 'wrong password' },
      headers: { 'accept-language': 'ja,en;q=0.5' },
    });
    expect(response.json().error.message).toBe('メールアドレスまたはパスワードが正しくありません。');
  });

  it('marks the cookie Secure when PUBLIC_URL is https', async () => {
    const secureParley = await createTestApp({ env: { PUBLIC_URL: 'https://parley.example.com' } });
    try {
      await secureParley.createOrganization('Secure Co', [{ role: 'admin' }]);
      const response = await secureParley.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'admin@secure-co.test', password: testPassword },
      });
      expect(response.statusCode).toBe(200);
      expect(String(response.headers['set-cookie'])).toContain('Secure');
      expect(response.headers['strict-transport-security']).toContain('max-age=');
    } finally {
      await secureParley.close();
    }
  });
});

describe('sessions', () => {
  it('lets GET /api/me through with the cookie and answers 401 UNAUTHENTICATED without it', async () => {
    const session = await parley.login('recruiter@acme.test');
    const me = await parley.request({ method: 'GET', url: '/api/me', as: session });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.email).toBe('recruiter@acme.test');
    expect(me.json().csrfToken).toBe(session.csrfToken);

    const anonymous = await parley.request({ method: 'GET', url: '/api/me' });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().error).toEqual({ code: 'UNAUTHENTICATED', message: 'Please sign in.' });
  });

  it('logs out: 204, the session is deleted and the cookie cleared', async () => {
    const session = await parley.login('recruiter@acme.test');
    const logout = await parley.request({ method: 'POST', url: '/api/auth/logout', as: session });
    expect(logout.statusCode).toBe(204);
    expect(String(logout.headers['set-cookie'])).toMatch(/parley_session=;.*Expires=Thu, 01 Jan 1970/);
    const after = await parley.request({ method: 'GET', url: '/api/me', as: session });
    expect(after.statusCode).toBe(401);
  });

  it('sets a script-readable hint beside the session cookie and clears both once the session is gone', async () => {
    const login = await parley.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'recruiter@acme.test', password: testPassword },
    });
    const cookies = [login.headers['set-cookie']].flat().map(String);
    const hint = cookies.find((cookie) => cookie.startsWith('parley_has_session='));
    expect(hint).toMatch(/^parley_has_session=1;/);
    expect(hint).not.toContain('HttpOnly');
    expect(hint).toContain(`Max-Age=${14 * 24 * 60 * 60}`);

    const session = await parley.login('recruiter@acme.test');
    await parley.request({ method: 'POST', url: '/api/auth/logout', as: session });
    const stale = await parley.request({ method: 'GET', url: '/api/me', as: session });
    expect(stale.statusCode).toBe(401);
    const cleared = [stale.headers['set-cookie']].flat().map(String).join('\n');
    expect(cleared).toMatch(/parley_session=;.*Expires=Thu, 01 Jan 1970/);
    expect(cleared).toMatch(/parley_has_session=;.*Expires=Thu, 01 Jan 1970/);
  });

  it('ends a session after 14 days of inactivity and renews an active one', async () => {
    const session = await parley.login('interviewer@acme.test');
    await parley.database.db
      .update(sessions)
      .set({ lastSeenAt: sql`now() - interval '2 hours'` })
      .where(eq(sessions.userId, session.userId));
    const renewed = await parley.request({ method: 'GET', url: '/api/me', as: session });
    expect(renewed.statusCode).toBe(200);
    expect(String(renewed.headers['set-cookie'])).toContain(`Max-Age=${14 * 24 * 60 * 60}`);
    const [row] = await parley.database.db
      .select({ expiresAt: sessions.expiresAt })
      .from(sessions)
      .where(eq(sessions.userId, session.userId));
    expect(row!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 13.9 * 24 * 60 * 60 * 1000);

    await parley.database.db
      .update(sessions)
      .set({ expiresAt: sql`now() - interval '1 second'` })
      .where(eq(sessions.userId, session.userId));
    const expired = await parley.request({ method: 'GET', url: '/api/me', as: session });
    expect(expired.statusCode).toBe(401);
    expect(expired.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('answers in the signed-in user’s language rather than Accept-Language', async () => {
    const session = await parley.login('ines@acme.test');
    const response = await parley.request({
      method: 'GET',
      url: '/api/users',
      as: session,
      headers: { 'accept-language': 'en' },
    });
    expect(response.statusCode).toBe(403);
    expect(response.json().error).toEqual({
      code: 'FORBIDDEN',
      message: 'Dazu fehlt Ihnen die Berechtigung.',
    });
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request with a session but without the right x-csrf-token', async () => {
    const session = await parley.login('recruiter@acme.test');
    const missing = await parley.request({
      method: 'PATCH',
      url: '/api/me',
      as: session,
      withoutCsrf: true,
      payload: { name: 'Changed' },
    });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error.code).toBe('CSRF_INVALID');

    const wrong = await parley.request({
      method: 'PATCH',
      url: '/api/me',
      as: {
        ...session,
        csrfToken: `${session.csrfToken.startsWith('x') ? 'y' : 'x'}${session.csrfToken.slice(1)}`,
      },
      payload: { name: 'Changed' },
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().error.code).toBe('CSRF_INVALID');

    const right = await parley.request({
      method: 'PATCH',
      url: '/api/me',
      as: session,
      payload: { name: 'Changed' },
    });
    expect(right.statusCode).toBe(200);
    expect(right.json().user.name).toBe('Changed');
  });

  it('checks Origin on requests without a session: foreign origins are refused, its own accepted', async () => {
    const payload = { email: 'recruiter@acme.test', password: testPassword };
    const foreign = await parley.request({
      method: 'POST',
      url: '/api/auth/login',
      payload,
      headers: { origin: 'https://evil.example' },
    });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('CSRF_INVALID');

    const own = await parley.request({
      method: 'POST',
      url: '/api/auth/login',
      payload,
      headers: { origin: 'http://parley.test' },
    });
    expect(own.statusCode).toBe(200);
  });
});

describe('login rate limiting', () => {
  it('refuses the 11th attempt from one address within 15 minutes with 429 and Retry-After, even with the right password', async () => {
    for (let attempt = 1; attempt <= 10; attempt++) {
      const response = await parley.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'limited@acme.test', password: `wrong ${attempt}` },
      });
      expect(response.statusCode).toBe(401);
    }
    const blocked = await parley.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'LIMITED@acme.test', password: testPassword },
    });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error).toMatchObject({
      code: 'TOO_MANY_ATTEMPTS',
      message:
        'Too many failed sign-in attempts. Wait a little (see Retry-After) and try again, or ask an admin to unlock your account.',
    });
    // Until the oldest of the 10 failures leaves the 15-minute window.
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(14 * 60);
    expect(Number(blocked.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);

    // Other addresses are not affected; the count lives in the database, so time passing there lifts it.
    expect((await parley.login('admin@acme.test')).userId).toEqual(expect.any(String));
    await parley.database.executeSql(
      "UPDATE login_attempts SET at = at - interval '16 minutes' WHERE email = 'limited@acme.test'",
    );
    expect((await parley.login('limited@acme.test')).email).toBe('limited@acme.test');
  });

  it('clears the count after a successful login', async () => {
    for (let attempt = 1; attempt <= 9; attempt++) {
      await parley.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'reset@acme.test', password: 'wrong' },
      });
    }
    await parley.login('reset@acme.test');
    for (let attempt = 1; attempt <= 9; attempt++) {
      await parley.request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: 'reset@acme.test', password: 'wrong' },
      });
    }
    expect((await parley.login('reset@acme.test')).email).toBe('reset@acme.test');
  });
});

describe('deactivated users', () => {
  it('cannot log in, and their open sessions end at once', async () => {
    await parley.createOrganization('Leaving Co', [{ role: 'admin' }, { role: 'recruiter' }]);
    const admin = await parley.login('admin@leaving-co.test');
    const recruiter = await parley.login('recruiter@leaving-co.test');
    const [target] = await parley.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'recruiter@leaving-co.test'));

    const deactivate = await parley.request({
      method: 'PATCH',
      url: `/api/users/${target!.id}`,
      as: admin,
      payload: { active: false },
    });
    expect(deactivate.statusCode).toBe(200);
    expect(deactivate.json().user.active).toBe(false);

    expect((await parley.request({ method: 'GET', url: '/api/me', as: recruiter })).statusCode).toBe(401);
    const login = await parley.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'recruiter@leaving-co.test', password: testPassword },
    });
    expect(login.statusCode).toBe(401);
    expect(login.json().error.code).toBe('INVALID_CREDENTIALS');
  });
});
