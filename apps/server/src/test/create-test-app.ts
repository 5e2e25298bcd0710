import { randomBytes } from 'node:crypto';
import type { Language, Role } from '@parley/api-contract';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { DestinationStream } from 'pino';
import { hashPassword } from '../accounts/passwords.ts';
import { type Config, loadConfig } from '../config.ts';
import type { Database } from '../db/database.ts';
import { organizations, users } from '../db/schema.ts';
import type { ApiApp } from '../http/api-app.ts';
import { createLogger } from '../logger.ts';
import type { MailCatcher } from '../mail/mail-catcher.ts';
import type { Services } from '../services.ts';
import { type StartServerOptions, startServer } from '../start-server.ts';
import { capturedLogs, testPassword } from './log-secret-scan.ts';
import { startLinksInMail } from './mail-start-link-scan.ts';
import { createTestDatabase } from './test-database.ts';

/** The password of every user {@link TestApp.createOrganization} creates. */
export { testPassword };

let testPasswordHash: Promise<string> | undefined;

/** A signed-in test user: the cookie and CSRF token to send. */
export interface TestSession {
  userId: string;
  organizationId: string;
  email: string;
  cookie: string;
  csrfToken: string;
}

/** A request sent with {@link TestApp.request}. */
export interface TestRequest {
  method: InjectOptions['method'];
  url: string;
  /** Signed in as this user: sends the session cookie and, by default, the CSRF token. */
  as?: TestSession;
  payload?: InjectOptions['payload'];
  headers?: Record<string, string>;
  /** Leave out the CSRF header even though signed in. */
  withoutCsrf?: boolean;
}

/** A Parley app on a fresh database with real job workers and a real mail catcher. */
export interface TestApp {
  app: ApiApp;
  services: Services;
  database: Database;
  config: Config;
  /** The development mailbox's SMTP server (undefined with SMTP_URL): `refuse` makes it answer 4xx/5xx. */
  mailCatcher: MailCatcher | undefined;
  /** Creates an organization with one active user per given role (emails `<role>@<slug>.test`). */
  createOrganization(
    name: string,
    members?: readonly { role: Role; email?: string; name?: string; language?: Language }[],
  ): Promise<{ organizationId: string; userIds: Record<string, string> }>;
  /** Signs in through `POST /api/auth/login`; throws unless it answers 200. */
  login(email: string, password?: string): Promise<TestSession>;
  request(request: TestRequest): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** Options of {@link createTestApp}. */
export interface TestAppOptions {
  /**
   * Environment variables on top of the test defaults (LOG_LEVEL silent, PUBLIC_URL http://parley.test,
   * ZOOM_EMULATOR_PORT 0, NOTIFICATION_DIGEST_SECONDS 0).
   */
  env?: Record<string, string>;
  /** Where log lines go (default: nowhere). */
  logDestination?: DestinationStream;
  webDistDir?: string;
  passwordWorkLimits?: StartServerOptions['passwordWorkLimits'];
}

/**
 * Starts Parley for one test file: a fresh database (in-memory PGlite, or a new database on the
 * PostgreSQL server of `DATABASE_URL`), the real job queue with workers, and the embedded mail catcher.
 * Requests go through `app.inject()`. Call `close()` in `afterAll`: it also removes the database.
 */
export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = {
    ...loadConfig({
      LOG_LEVEL: 'silent',
      PUBLIC_URL: 'http://parley.test',
      SEED_DEMO: 'false',
      // Each test app starts its own in-process Zoom emulator; a fixed port would collide across files.
      ZOOM_EMULATOR_PORT: '0',
      // Admin incidents are e-mailed at once, so tests need not wait for a digest to fill.
      NOTIFICATION_DIGEST_SECONDS: '0',
      ...options.env,
    }),
    encryptionKey: randomBytes(32),
  };
  // Logs at the production level into the secret scan (log-secret-scan.setup.ts), then the test's own destination.
  const logger = createLogger('info', capturedLogs.destination(options.logDestination));
  const database = createTestDatabase();
  const server = await startServer(config, {
    listen: false,
    logger,
    database,
    webDistDir: options.webDistDir,
    passwordWorkLimits: options.passwordWorkLimits,
  });
  const { app, services } = server;

  const request = ({ method, url, as, payload, headers, withoutCsrf }: TestRequest) =>
    app.inject({
      method,
      url,
      payload,
      headers: {
        // As a browser at PUBLIC_URL would: pages requested under another host name are redirected there.
        host: new URL(config.publicUrl).host,
        ...(as ? { cookie: as.cookie, ...(withoutCsrf ? {} : { 'x-csrf-token': as.csrfToken }) } : {}),
        ...headers,
      },
    });

  return {
    app,
    services,
    database: services.database,
    config,
    mailCatcher: server.mailCatcher,
    request,
    async createOrganization(
      name,
      members = [{ role: 'admin' }, { role: 'recruiter' }, { role: 'interviewer' }],
    ) {
      testPasswordHash ??= hashPassword(testPassword);
      const passwordHash = await testPasswordHash;
      const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
      const [organization] = await services.database.db
        .insert(organizations)
        .values({ name })
        .returning({ id: organizations.id });
      const userIds: Record<string, string> = {};
      for (const member of members) {
        const email = member.email ?? `${member.role}@${slug}.test`;
        const [user] = await services.database.db
          .insert(users)
          .values({
            organizationId: organization!.id,
            email,
            name: member.name ?? `${member.role} of ${name}`,
            role: member.role,
            language: member.language ?? 'en',
            passwordHash,
          })
          .returning({ id: users.id });
        userIds[email] = user!.id;
      }
      return { organizationId: organization!.id, userIds };
    },
    async login(email, password = testPassword) {
      const response = await request({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email, password },
      });
      if (response.statusCode !== 200)
        throw new Error(`login of ${email} failed: ${response.statusCode} ${response.body}`);
      const cookie = response.cookies.find((candidate) => candidate.name === 'parley_session');
      const me = response.json();
      return {
        userId: me.user.id,
        organizationId: me.organization.id,
        email,
        cookie: `parley_session=${cookie!.value}`,
        csrfToken: me.csrfToken,
      };
    },
    async close() {
      // Every message a test made Parley send passes through here once: none may carry a start link. A
      // database a test broke on purpose cannot be read; that is no finding.
      const findings = await startLinksInMail(services.database).catch(() => []);
      await server.close();
      if (findings.length > 0) {
        throw new Error(`${findings.length} e-mail part(s) hold a Zoom start link:\n${findings.join('\n')}`);
      }
    },
  };
}

/** The fields a refused request's error details name, sorted: what a form would mark. */
export function invalidFields(response: LightMyRequestResponse): string[] {
  const { details } = response.json().error as { details: { path: string }[] };
  return details.map((detail) => detail.path).sort();
}

/** Polls `probe` until it returns a value other than undefined (default: 15 s). */
export async function eventually<T>(probe: () => Promise<T | undefined>, timeoutMs = 15_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
