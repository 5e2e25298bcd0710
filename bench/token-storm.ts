/**
 * Token storm (issue 4, B3): three Parley server processes on one throwaway PostgreSQL, a standalone Zoom
 * emulator, an organization connection whose access token Zoom has just expired, and 500 concurrent Zoom
 * calls (`POST /api/zoom/organization/check`, which calls `GET /users/me`) spread over the three processes.
 * Two rounds: (1) the token expired at Zoom only (`expireAccessTokens`), so calls meet Zoom's 124 and renew;
 * (2) expired at Zoom and past its stored expiry too, so all 500 calls try to renew before calling Zoom and
 * contend for the connection's row lock across the three processes. The refresh token rotates, so a second
 * refresh would fail. For each round, prints the refreshes the emulator saw (must be exactly 1) and the
 * failed calls (must be 0); exits non-zero otherwise.
 * Run: `npm run bench:token-storm` (needs PostgreSQL binaries, see scripts/pg-cluster.mjs).
 */
import { randomBytes } from 'node:crypto';
import { completeAuthorization, startZoomEmulator } from '@parley/zoom-emulator';
import pg from 'pg';
import { findFreePort } from '../apps/server/src/test/find-free-port.ts';
import { spawnTsProcess, type TsProcess } from '../apps/server/src/test/spawn-ts-process.ts';
import { startBenchPostgres } from './support/postgres-cluster.ts';

const calls = 500;
const processCount = 3;
const demoPassword = 'token-storm-password';

interface ParleyProcess {
  url: string;
  process: TsProcess;
}

async function startParley(env: Record<string, string>): Promise<ParleyProcess> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawnTsProcess(new URL('../apps/server/src/main.ts', import.meta.url), {
    ...env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    LOG_LEVEL: 'warn',
  });
  await child.waitForLine(/Parley is running at/, 90_000);
  return { url, process: child };
}

async function request(url: string, init: RequestInit & { session?: Session } = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (init.session) {
    headers.set('cookie', init.session.cookie);
    headers.set('x-csrf-token', init.session.csrfToken);
  }
  return fetch(url, { ...init, headers, redirect: 'manual' });
}

interface Session {
  cookie: string;
  csrfToken: string;
}

async function logIn(parley: ParleyProcess): Promise<Session> {
  const response = await request(`${parley.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@demo.test', password: demoPassword }),
  });
  if (response.status !== 200) throw new Error(`login failed: ${response.status}`);
  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  return { cookie, csrfToken };
}

async function connectOrganization(parley: ParleyProcess, session: Session): Promise<void> {
  const started = await request(`${parley.url}/api/zoom/organization/authorize`, { method: 'POST', session });
  const { authorizeUrl } = (await started.json()) as { authorizeUrl: string };
  const atZoom = await completeAuthorization({ authorizeUrl, email: 'admin@acme.test' });
  if (atZoom.kind !== 'redirect') throw new Error('Zoom stopped the authorization');
  // The same browser (session) that started the flow must come back with the code.
  const callback = await request(atZoom.location, { session });
  const location = callback.headers.get('location') ?? '';
  if (!location.includes('outcome=connected')) throw new Error(`connecting failed: ${location}`);
}

async function expireStoredToken(databaseUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(
      "UPDATE zoom_connections SET access_token_expires_at = now() - interval '1 minute' WHERE kind = 'organization'",
    );
  } finally {
    await client.end();
  }
}

async function runRound(
  name: string,
  expireStored: boolean,
  databaseUrl: string,
  session: Session,
): Promise<boolean> {
  // Counting starts before the tokens expire: a process may renew the moment the stored expiry changes
  // (before the storm), and that refresh is the one the round is about.
  emulator.control.resetCounters();
  emulator.control.expireAccessTokens({ clientId: 'parley-org' });
  if (expireStored) await expireStoredToken(databaseUrl);
  const startedAt = performance.now();
  const results = await Promise.all(
    Array.from({ length: calls }, async (_, index) => {
      const server = servers[index % processCount]!;
      try {
        const response = await request(`${server.url}/api/zoom/organization/check`, {
          method: 'POST',
          session,
        });
        const body = (await response.json()) as { lastCheckOk?: boolean };
        return response.status === 200 && body.lastCheckOk === true;
      } catch {
        return false;
      }
    }),
  );
  const elapsedMs = performance.now() - startedAt;
  const failed = results.filter((ok) => !ok).length;
  const refreshes = emulator.control.refreshCount('parley-org', 'acme');
  const userCalls = emulator.control.counters().requests['GET /v2/users/{userId}']?.byStatus ?? {};
  const ok = refreshes === 1 && failed === 0;
  console.log(`\nRound: token ${name}`);
  console.log(
    `  ${calls} concurrent Zoom calls over ${processCount} processes in ${elapsedMs.toFixed(0)} ms`,
  );
  console.log(`  Zoom answers to GET /users/me by status: ${JSON.stringify(userCalls)}`);
  console.log(`  refreshes seen by Zoom: ${refreshes} (must be 1) ${refreshes === 1 ? 'ok' : 'FAILED'}`);
  console.log(`  failed calls: ${failed} (must be 0) ${failed === 0 ? 'ok' : 'FAILED'}`);
  summary.push(`refreshes=${refreshes} failed=${failed}`);
  return ok;
}

const emulator = await startZoomEmulator({ port: 0, rateLimits: false });
const postgres = startBenchPostgres();
const servers: ParleyProcess[] = [];
/** Each round's counts, for the closing line. */
const summary: string[] = [];
let exitCode = 1;
try {
  const env = {
    DATABASE_URL: postgres.databaseUrl,
    ENCRYPTION_KEY: randomBytes(32).toString('base64'),
    ZOOM_OAUTH_URL: emulator.url,
    ZOOM_API_URL: emulator.url,
    DEMO_PASSWORD: demoPassword,
  };
  servers.push(await startParley({ ...env, SEED_DEMO: 'true' }));
  servers.push(...(await Promise.all(Array.from({ length: processCount - 1 }, () => startParley(env)))));
  const session = await logIn(servers[0]!);
  await connectOrganization(servers[0]!, session);
  console.log(
    `${processCount} Parley processes on one PostgreSQL, organization connected through the emulator.`,
  );

  const rounds = [
    { name: 'expired at Zoom', expireStoredToken: false },
    { name: 'expired at Zoom and in the database', expireStoredToken: true },
  ];
  let allOk = true;
  for (const round of rounds) {
    const ok = await runRound(round.name, round.expireStoredToken, postgres.databaseUrl, session);
    allOk &&= ok;
  }
  exitCode = allOk ? 0 : 1;
  console.log(
    `bench token-storm: ${summary.map((round, index) => `round${index + 1} ${round}`).join(', ')}; target refreshes=1 failed=0 each ${allOk ? 'ok' : 'MISSED'}`,
  );
} catch (error) {
  console.error('token storm could not run:', error);
  for (const server of servers) console.error(server.process.output());
} finally {
  for (const server of servers) server.process.child.kill('SIGTERM');
  await Promise.all(servers.map((server) => server.process.exited));
  await emulator.close();
  postgres.stop();
}
process.exit(exitCode);
