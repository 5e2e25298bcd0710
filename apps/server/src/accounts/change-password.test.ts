import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema.ts';
import { type TestApp, testPassword } from '../test/create-test-app.ts';
import { useTestApp } from '../test/use-test-app.ts';

const parley = useTestApp();
const newPassword = 'a brand new passphrase';

beforeAll(async () => {
  await parley.createOrganization('Acme', [
    { role: 'interviewer', email: 'ivan@acme.test' },
    { role: 'recruiter', email: 'rita@acme.test', language: 'de' },
    { role: 'admin', email: 'guess@acme.test' },
  ]);
});

function changeRequest(as: Awaited<ReturnType<TestApp['login']>>, payload: Record<string, unknown>) {
  return parley.request({ method: 'POST', url: '/api/me/password', as, payload });
}

describe('changing one’s own password (POST /api/me/password)', () => {
  it('sets the new password, keeps this session, ends the others, and is in the audit log', async () => {
    const here = await parley.login('ivan@acme.test');
    const elsewhere = await parley.login('ivan@acme.test');

    const response = await changeRequest(here, { currentPassword: testPassword, newPassword });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');

    expect((await parley.request({ method: 'GET', url: '/api/me', as: here })).statusCode).toBe(200);
    expect((await parley.request({ method: 'GET', url: '/api/me', as: elsewhere })).statusCode).toBe(401);
    const oldLogin = await parley.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'ivan@acme.test', password: testPassword },
    });
    expect(oldLogin.statusCode).toBe(401);
    await parley.login('ivan@acme.test', newPassword);

    const events = await parley.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'user.password_changed'));
    expect(events).toEqual([
      expect.objectContaining({ actorUserId: here.userId, targetId: here.userId, result: 'success' }),
    ]);
    expect(JSON.stringify(events)).not.toContain(newPassword);
  });

  it('refuses a wrong current password with 400 on that field, in the user’s language, and changes nothing', async () => {
    const rita = await parley.login('rita@acme.test');
    const response = await changeRequest(rita, { currentPassword: 'not my password', newPassword });
    expect(response.statusCode).toBe(400);
    expect(response.json().error).toMatchObject({
      code: 'VALIDATION_FAILED',
      details: [{ path: 'currentPassword', message: 'Das ist nicht Ihr aktuelles Passwort.' }],
    });
    await parley.login('rita@acme.test', testPassword);
  });

  it('answers 400 for a new password under 10 characters or a missing field, never 500', async () => {
    const rita = await parley.login('rita@acme.test');
    const short = await changeRequest(rita, { currentPassword: testPassword, newPassword: 'short' });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details).toEqual([
      { path: 'newPassword', message: 'Muss mindestens 10 Zeichen lang sein.' },
    ]);
    const missing = await changeRequest(rita, { newPassword });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.details[0].path).toBe('currentPassword');
    const wrongType = await changeRequest(rita, { currentPassword: testPassword, newPassword: 12345678901 });
    expect(wrongType.statusCode).toBe(400);
    await parley.login('rita@acme.test', testPassword);
  });

  it('needs a session and the CSRF token', async () => {
    const anonymous = await parley.request({
      method: 'POST',
      url: '/api/me/password',
      payload: { currentPassword: testPassword, newPassword },
    });
    expect(anonymous.statusCode).toBe(401);
    const rita = await parley.login('rita@acme.test');
    const withoutCsrf = await parley.request({
      method: 'POST',
      url: '/api/me/password',
      as: rita,
      withoutCsrf: true,
      payload: { currentPassword: testPassword, newPassword },
    });
    expect(withoutCsrf.statusCode).toBe(403);
    await parley.login('rita@acme.test', testPassword);
  });

  it('counts wrong current passwords like failed sign-ins: the 11th guess within 15 minutes is refused', async () => {
    const session = await parley.login('guess@acme.test');
    for (let guess = 1; guess <= 10; guess += 1) {
      const response = await changeRequest(session, { currentPassword: `guess ${guess}`, newPassword });
      expect(response.statusCode).toBe(400);
    }
    const refused = await changeRequest(session, { currentPassword: testPassword, newPassword });
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    const login = await parley.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'guess@acme.test', password: testPassword },
    });
    expect(login.statusCode).toBe(429);
  });
});
