import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../test/use-test-app.ts';

const perClientBurst = 8;
// A small per-client budget, reached without waiting for a hundred hashes.
const parley = useTestApp({ passwordWorkLimits: { perClientBurst } });

beforeAll(async () => {
  await parley.createOrganization('Acme', [{ role: 'recruiter' }]);
});

function logInFrom(from: string, email: string) {
  return parley.app.inject({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: 'a wrong password' },
    remoteAddress: from,
  });
}

describe('password hashing budget', () => {
  it('answers 429 TOO_MANY_REQUESTS with Retry-After once one client has used its hashing budget', async () => {
    // Different e-mails, so the sign-in limits (per e-mail) do not step in first; all at once, so the
    // budget has no time to refill.
    const burst = await Promise.all(
      Array.from({ length: perClientBurst + 1 }, (_, attempt) =>
        logInFrom('203.0.113.10', `nobody${attempt}@acme.test`),
      ),
    );
    expect(burst.filter((answer) => answer.statusCode === 401)).toHaveLength(perClientBurst);
    const refused = burst.find((answer) => answer.statusCode === 429)!;
    expect(refused.statusCode).toBe(429);
    expect(refused.json().error.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Another client is not affected.
    expect((await logInFrom('203.0.113.11', 'nobody@acme.test')).statusCode).toBe(401);
  }, 120_000);

  it('checks an invitation link before hashing the password: made-up links use none of the budget', async () => {
    const attempts = perClientBurst + 10;
    for (let attempt = 0; attempt < attempts; attempt++) {
      const response = await parley.app.inject({
        method: 'POST',
        url: `/api/invitations/by-token/made-up-${attempt}/accept`,
        payload: { name: 'Mallory', password: 'a long enough password' },
        remoteAddress: '203.0.113.20',
      });
      expect(response.statusCode).toBe(404);
    }
  }, 120_000);

  it('keeps signed-in users served while 200 anonymous sign-ins from 200 addresses flood the server', async () => {
    const session = await parley.login('recruiter@acme.test');
    const flood = Promise.all(
      Array.from({ length: 200 }, (_, index) =>
        logInFrom(`198.18.${Math.floor(index / 250)}.${index % 250}`, `flood${index}@acme.test`),
      ),
    );
    let flooding = true;
    void flood.finally(() => {
      flooding = false;
    });
    const latencies: number[] = [];
    while (flooding || latencies.length < 10) {
      const started = performance.now();
      const me = await parley.request({ method: 'GET', url: '/api/me', as: session });
      latencies.push(performance.now() - started);
      expect(me.statusCode).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const answers = await flood;
    const refused = answers.filter((answer) => answer.statusCode === 429);
    expect(answers.every((answer) => answer.statusCode === 401 || answer.statusCode === 429)).toBe(true);
    expect(refused.length).toBeGreaterThan(100);
    expect(refused.every((answer) => Number(answer.headers['retry-after']) >= 1)).toBe(true);
    // Unlimited, 200 hashes at once kept every core busy for seconds; a generous bound for a loaded CI box.
    expect(Math.max(...latencies)).toBeLessThan(1_500);
  }, 120_000);
});
