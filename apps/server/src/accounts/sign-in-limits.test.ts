import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents, devMailMessages, loginAttempts, users } from '../db/schema.ts';
import { eventually, testPassword } from '../test/create-test-app.ts';
import { useTestApp } from '../test/use-test-app.ts';
import { deleteStaleSignInFailuresJob } from './delete-stale-sign-in-failures.job.ts';
import { signInLimits } from './sign-in-limits.ts';

const parley = useTestApp();

beforeAll(async () => {
  await parley.createOrganization('Acme', [
    { role: 'admin' },
    { role: 'recruiter', email: 'busy@acme.test' },
    { role: 'interviewer', email: 'target@acme.test' },
  ]);
});

/** `POST /api/auth/login` from the client address `from`. */
function logInFrom(from: string, email: string, password: string) {
  return parley.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password },
    remoteAddress: from,
  });
}

describe('sign-in limits', () => {
  it('counts only failures: 20 correct sign-ins at once all succeed', async () => {
    const responses = await Promise.all(
      Array.from({ length: 20 }, () => logInFrom('198.51.100.7', 'busy@acme.test', testPassword)),
    );
    expect(responses.map((response) => response.statusCode)).toEqual(Array(20).fill(200));
  }, 120_000);

  it('limits one address without locking the owner out, slows a spread-out guesser, warns the owner once, and an admin unlocks', async () => {
    for (let guess = 1; guess <= signInLimits.perClientFailures; guess++) {
      expect((await logInFrom('203.0.113.1', 'target@acme.test', `guess ${guess}`)).statusCode).toBe(401);
    }
    const limited = await logInFrom('203.0.113.1', 'target@acme.test', testPassword);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // The owner, elsewhere, still gets in.
    expect((await logInFrom('192.0.2.50', 'target@acme.test', testPassword)).statusCode).toBe(200);

    // The same guesser on many addresses: after 30 failures in the hour, one try a minute per e-mail.
    for (let address = 2; address <= signInLimits.perEmailFailures - 9; address++) {
      expect((await logInFrom(`203.0.113.${address}`, 'target@acme.test', 'guess')).statusCode).toBe(401);
    }
    const slowed = await logInFrom('203.0.113.200', 'target@acme.test', testPassword);
    expect(slowed.statusCode).toBe(429);
    const retryAfter = Number(slowed.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // One warning e-mail for the whole attack, in the owner's mailbox.
    const warnings = await eventually(async () => {
      const rows = await parley.database.db
        .select()
        .from(devMailMessages)
        .where(sql`'target@acme.test' = any(${devMailMessages.to})`);
      return rows.length > 0 ? rows : undefined;
    });
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.subject).toBe('Someone is trying to sign in to your Parley account');
    expect(warnings[0]!.text).toContain('http://parley.test/settings/profile');

    const admin = await parley.login('admin@acme.test');
    const [target] = await parley.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'target@acme.test'));
    const unlock = await parley.request({
      method: 'POST',
      url: `/api/users/${target!.id}/unlock-sign-in`,
      as: admin,
    });
    expect(unlock.statusCode).toBe(204);
    expect((await logInFrom('203.0.113.1', 'target@acme.test', testPassword)).statusCode).toBe(200);
    const [audited] = await parley.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'user.sign_in_unlocked'));
    expect(audited).toMatchObject({ targetId: target!.id, result: 'success' });
  }, 120_000);

  it('lets only admins of the same organization unlock', async () => {
    const [target] = await parley.database.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, 'target@acme.test'));
    const recruiter = await parley.login('busy@acme.test');
    const asRecruiter = await parley.request({
      method: 'POST',
      url: `/api/users/${target!.id}/unlock-sign-in`,
      as: recruiter,
    });
    expect(asRecruiter.statusCode).toBe(403);
    await parley.createOrganization('Other Co', [{ role: 'admin' }]);
    const otherAdmin = await parley.login('admin@other-co.test');
    const fromOtherOrganization = await parley.request({
      method: 'POST',
      url: `/api/users/${target!.id}/unlock-sign-in`,
      as: otherAdmin,
    });
    expect(fromOtherOrganization.statusCode).toBe(404);
  }, 120_000);

  it('deletes failures older than an hour in a scheduled job, keeping the recent ones', async () => {
    await parley.database.db.insert(loginAttempts).values([
      { email: 'old@acme.test', remoteAddress: '203.0.113.9', at: new Date(Date.now() - 2 * 60 * 60_000) },
      { email: 'recent@acme.test', remoteAddress: '203.0.113.9', at: new Date() },
    ]);
    await parley.database.transaction((tx) =>
      parley.services.queue.enqueue(tx, deleteStaleSignInFailuresJob, {}),
    );
    await eventually(async () => {
      const old = await parley.database.db
        .select()
        .from(loginAttempts)
        .where(eq(loginAttempts.email, 'old@acme.test'));
      return old.length === 0 ? true : undefined;
    });
    const recent = await parley.database.db
      .select()
      .from(loginAttempts)
      .where(eq(loginAttempts.email, 'recent@acme.test'));
    expect(recent).toHaveLength(1);
  }, 120_000);
});
