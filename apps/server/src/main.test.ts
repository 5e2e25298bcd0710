import { randomBytes } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from './test/find-free-port.ts';
import { spawnTsProcess } from './test/spawn-ts-process.ts';
import { createTestDataLocation, type TestDataLocation } from './test/test-database.ts';

const main = new URL('./main.ts', import.meta.url);
let location: TestDataLocation;
let environment: Record<string, string>;

beforeAll(async () => {
  location = await createTestDataLocation();
  const port = await findFreePort();
  environment = {
    ...location.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'true',
    // With PostgreSQL the key must be given; embedded mode generates one into DATA_DIR.
    ...(location.env.DATABASE_URL ? { ENCRYPTION_KEY: randomBytes(32).toString('base64') } : {}),
  };
});

afterAll(() => location?.dispose());

async function logIn(password: string) {
  return fetch(`${environment.PUBLIC_URL}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.test', password }),
  });
}

describe('npm start (main.ts)', () => {
  let demoPassword: string;

  it('seeds the demo organization on first start, prints how to sign in, and stops cleanly on SIGTERM', async () => {
    const server = spawnTsProcess(main, environment);
    try {
      const line = await server.waitForLine(/Parley is running at/, 60_000);
      expect(line).toContain(`Parley is running at ${environment.PUBLIC_URL}`);
      expect(line).toContain('admin@demo.test, recruiter@demo.test, interviewer@demo.test');
      demoPassword = /with the password (\S+) \(shown once/.exec(line)?.[1] ?? '';
      expect(demoPassword).toHaveLength(20);

      const login = await logIn(demoPassword);
      expect(login.status).toBe(200);
      expect(((await login.json()) as { organization: { name: string } }).organization.name).toBe(
        'Demo Company',
      );
      expect((await fetch(`${environment.PUBLIC_URL}/readyz`)).status).toBe(200);
    } finally {
      server.child.kill('SIGTERM');
    }
    expect(await server.exited).toBe(0);
    if (environment.DATA_DIR) {
      const keyFile = await stat(path.join(environment.DATA_DIR, 'encryption.key'));
      expect(keyFile.mode & 0o777).toBe(0o600);
    }
  }, 90_000);

  it('keeps its data across restarts and does not print the password again; DEMO_PASSWORD replaces it', async () => {
    const restarted = spawnTsProcess(main, environment);
    try {
      const line = await restarted.waitForLine(/Parley is running at/, 60_000);
      expect(line).toContain('with the password shown at the first start');
      expect(line).not.toContain(demoPassword);
      expect((await logIn(demoPassword)).status).toBe(200);
    } finally {
      restarted.child.kill('SIGTERM');
    }
    expect(await restarted.exited).toBe(0);

    const withPassword = spawnTsProcess(main, { ...environment, DEMO_PASSWORD: 'chosen demo password' });
    try {
      const line = await withPassword.waitForLine(/Parley is running at/, 60_000);
      expect(line).toContain('with the password in DEMO_PASSWORD');
      expect((await logIn('chosen demo password')).status).toBe(200);
      expect((await logIn(demoPassword)).status).toBe(401);
    } finally {
      withPassword.child.kill('SIGTERM');
    }
    expect(await withPassword.exited).toBe(0);
  }, 120_000);

  it('refuses to start with a bad variable, naming it', async () => {
    const server = spawnTsProcess(main, { ...environment, PORT: 'eighty' });
    expect(await server.exited).toBe(1);
    expect(server.output()).toContain('PORT: expected an integer from 0 to 65535, got "eighty"');
  }, 60_000);
});
