import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { getZoomUser, requestZoomAccountToken } from '@parley/zoom-client';
import type { ZoomEmulator } from '@parley/zoom-emulator';
import { hashPassword } from '../../accounts/passwords.ts';
import { openPostgresDatabase } from '../../db/postgres-database.ts';
import { organizations, users } from '../../db/schema.ts';
import { zoomConnections, zoomHostCandidates } from '../../db/zoom-schema.ts';
import { createSecretBox } from '../../secrets/secret-box.ts';
import { findFreePort } from '../../test/find-free-port.ts';
import { emulatorApps } from '../../zoom/shared/zoom-settings.ts';
import { insertInterviewJob } from './interview-test-world.ts';

const acmeAccountId = 'dcy_kSqMSxS5qozGYGI9gu';
/** The built server, as `npm start` runs it: a restart takes a second, not a TypeScript compile. */
const builtMain = fileURLToPath(new URL('../../../dist/main.mjs', import.meta.url));
const repositoryRoot = fileURLToPath(new URL('../../../../../', import.meta.url));

/** What the crash test seeded: whom to sign in as, and the applications to schedule. */
export interface CrashSeed {
  recruiterEmail: string;
  password: string;
  applicationIds: string[];
}

/**
 * Seeds a migrated PostgreSQL database the way an admin would leave it: an organization with a recruiter,
 * its Zoom connection (Server-to-Server, sealed with `key`), `hosts` host candidates able to run two
 * meetings at once, and `applications` applications in an interview stage.
 */
export async function seedCrashWorld(
  databaseUrl: string,
  key: Buffer,
  emulator: ZoomEmulator,
  counts: { hosts: number; applications: number },
): Promise<CrashSeed> {
  const database = await openPostgresDatabase({ connectionString: databaseUrl, maxConnections: 2 });
  try {
    await database.migrate();
    const db = database.db;
    const box = createSecretBox(key);
    const password = randomBytes(12).toString('hex');
    const [organization] = await db.insert(organizations).values({ name: 'Crash Acme' }).returning();
    const organizationId = organization!.id;
    await db.insert(users).values({
      organizationId,
      email: 'recruiter@crash.test',
      name: 'Rae Recruiter',
      role: 'recruiter',
      language: 'en',
      passwordHash: await hashPassword(password),
    });
    const endpoints = { oauthUrl: emulator.url, apiUrl: emulator.url };
    const s2s = emulatorApps.serverToServerApp;
    const tokens = await requestZoomAccountToken({ endpoints, credentials: s2s, accountId: acmeAccountId });
    const me = await getZoomUser({ endpoints, accessToken: tokens.accessToken });
    await db.insert(zoomConnections).values({
      organizationId,
      kind: 'organization',
      authType: 'server_to_server',
      status: 'connected',
      zoomAccountId: me.account_id ?? acmeAccountId,
      zoomUserId: me.id ?? '',
      zoomUserEmail: me.email,
      zoomUserName: 'Crash Owner',
      zoomUserRole: 'owner',
      scopes: tokens.scopes,
      sealedAccessToken: box.seal(tokens.accessToken),
      accessTokenExpiresAt: tokens.expiresAt,
      s2sAccountId: acmeAccountId,
      s2sClientId: s2s.clientId,
      sealedS2sClientSecret: box.seal(s2s.clientSecret),
    });
    const zoomUsers = emulator.control
      .snapshot()
      .accounts.flatMap((account) => account.users)
      .filter((user) => /^member\d+@acme\.test$/.test(user.email))
      .slice(0, counts.hosts);
    await db.insert(zoomHostCandidates).values(
      zoomUsers.map((user) => ({
        organizationId,
        zoomAccountId: acmeAccountId,
        zoomUserId: user.id!,
        email: user.email,
        label: user.email,
        type: 2,
        status: 'active' as const,
        concurrentMeetings: 2,
      })),
    );
    const { addApplication } = await insertInterviewJob(db, organizationId, 'Site Reliability Engineer');
    const applicationIds: string[] = [];
    for (let index = 0; index < counts.applications; index++) {
      const { applicationId } = await addApplication({
        name: `Candidate ${index + 1}`,
        email: `candidate${index + 1}@example.com`,
        timeZone: 'Europe/Berlin',
        language: 'en',
      });
      applicationIds.push(applicationId);
    }
    return { recruiterEmail: 'recruiter@crash.test', password, applicationIds };
  } finally {
    await database.close();
  }
}

/** A Parley server process (`main.ts`) that can be killed with SIGKILL and started again on the same port. */
export interface CrashableServer {
  url: string;
  start(): Promise<void>;
  kill(): Promise<void>;
  stop(): Promise<void>;
  /** Output of every process started so far. */
  output(): string;
}

/** Prepares a server on a free port against `databaseUrl` and the emulator at `zoomUrl`. */
export async function crashableServer(
  databaseUrl: string,
  key: Buffer,
  zoomUrl: string,
): Promise<CrashableServer> {
  const port = await findFreePort();
  const url = `http://127.0.0.1:${port}`;
  const env = {
    DATABASE_URL: databaseUrl,
    ENCRYPTION_KEY: key.toString('base64'),
    PORT: String(port),
    HOST: '127.0.0.1',
    PUBLIC_URL: url,
    LOG_LEVEL: 'warn',
    SEED_DEMO: 'false',
    ZOOM_OAUTH_URL: zoomUrl,
    ZOOM_API_URL: zoomUrl,
  };
  let current: ChildProcess | undefined;
  let outputs = '';
  const exited = (child: ChildProcess) =>
    child.exitCode !== null || child.signalCode !== null
      ? Promise.resolve()
      : new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const end = async (signal: NodeJS.Signals) => {
    const child = current;
    current = undefined;
    if (!child) return;
    child.kill(signal);
    await exited(child);
  };
  return {
    url,
    async start() {
      const startedAt = outputs.length;
      const child = spawn(process.execPath, [builtMain], {
        cwd: repositoryRoot,
        env: { ...process.env, ...env },
      });
      current = child;
      await new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`server did not start:\n${outputs.slice(-2000)}`)),
          90_000,
        );
        const onData = (chunk: Buffer) => {
          outputs += chunk.toString();
          if (outputs.indexOf('Parley is running at', startedAt) !== -1) {
            clearTimeout(timer);
            resolve();
          }
        };
        child.stdout?.on('data', onData);
        child.stderr?.on('data', onData);
        child.once('exit', () => {
          clearTimeout(timer);
          reject(new Error(`server exited while starting:\n${outputs.slice(-2000)}`));
        });
      });
    },
    kill: () => end('SIGKILL'),
    stop: () => end('SIGTERM'),
    output: () => outputs,
  };
}
