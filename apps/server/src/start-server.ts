import type { Logger } from 'pino';
import {
  deleteStaleSignInFailuresJob,
  staleSignInFailuresIntervalSeconds,
} from './accounts/delete-stale-sign-in-failures.job.ts';
import {
  demoOrganizationName,
  type SeedResult,
  seedDemoOrganization,
} from './accounts/seed-demo-organization.ts';
import { allJobs } from './all-jobs.ts';
import { startChangeFeed } from './changes/change-feed.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import { openDatabase } from './db/open-database.ts';
import type { ApiApp } from './http/api-app.ts';
import { buildApp } from './http/build-app.ts';
import { scheduleMeetingReconcile } from './interviews/meetings/reconcile-meetings.job.ts';
import { scheduleDailyLimitRetries } from './interviews/meetings/retry-meetings-after-daily-limit.job.ts';
import { createJobQueue } from './jobs/job-queue.ts';
import { schedulePeriodicJob } from './jobs/schedule-periodic-job.ts';
import { createLogger } from './logger.ts';
import { type MailCatcher, startMailCatcher } from './mail/mail-catcher.ts';
import { createMailer } from './mail/mailer.ts';
import { seedDemoRecruiting } from './recruiting/demo/seed-demo-recruiting.ts';
import { loadEncryptionKey } from './secrets/encryption-key.ts';
import {
  createPasswordWorkLimiter,
  defaultPasswordWorkLimits,
  type PasswordWorkLimits,
} from './secrets/password-work-limiter.ts';
import { createSecretBox } from './secrets/secret-box.ts';
import type { Services } from './services.ts';
import { scheduleZoomHealthChecks } from './zoom/connections/check-zoom-connections.job.ts';
import { startZoom } from './zoom/shared/zoom-settings.ts';

/** A running Parley server. */
export interface RunningServer {
  app: ApiApp;
  services: Services;
  /** Where the server listens, e.g. `http://127.0.0.1:3000`. */
  listeningUrl: string;
  /** What the demo seeding did; undefined when seeding is off. */
  seed: SeedResult | undefined;
  /** The development mailbox's SMTP server; undefined with SMTP_URL. */
  mailCatcher: MailCatcher | undefined;
  /** Stops accepting requests, lets running jobs finish, and closes mail and database. */
  close(): Promise<void>;
}

/** Options of {@link startServer}. */
export interface StartServerOptions {
  logger?: Logger;
  /** Build the services and app but do not listen (tests use `app.inject()`). */
  listen?: boolean;
  /**
   * The database, when the caller already started opening it (see main.ts, which opens it while the rest
   * of the server's modules load). Otherwise it is opened here.
   */
  database?: Promise<Database>;
  webDistDir?: string;
  /** Overrides of the password-hashing budget (tests use a small one to reach it quickly). */
  passwordWorkLimits?: Partial<PasswordWorkLimits>;
}

/**
 * Starts Parley: database (migrations) → job queue → mail (the embedded catcher without SMTP_URL) →
 * demo seed on first start → HTTP. Independent steps run concurrently to keep start-up short.
 */
export async function startServer(config: Config, options: StartServerOptions = {}): Promise<RunningServer> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const [encryptionKey, database] = await Promise.all([
    loadEncryptionKey(config),
    options.database ?? openDatabase(config),
  ]);
  const closers: (() => Promise<unknown>)[] = [() => database.close()];
  const closeAll = async () => {
    for (const close of closers.splice(0).reverse())
      await close().catch((error) => logger.error({ err: error }));
  };
  try {
    const secretBox = createSecretBox(
      encryptionKey,
      config.encryptionKeyPrevious ? [config.encryptionKeyPrevious] : [],
    );
    const queue = createJobQueue({ database, jobs: allJobs, logger });
    const [, catcher, seed, zoom] = await Promise.all([
      queue.start(),
      config.smtpUrl ? undefined : startMailCatcher({ database, logger }),
      config.seedDemo ? seedDemo(database, config.demoPassword) : undefined,
      startZoom(config, logger, { keepEmulatorWorld: !options.database }),
    ]);
    if (catcher) closers.push(() => catcher.close());
    closers.push(() => zoom.close());
    const mailer = createMailer({
      smtpUrl: config.smtpUrl ?? (catcher as MailCatcher).smtpUrl,
      from: config.mailFrom,
    });
    closers.push(async () => mailer.close());
    closers.push(() => queue.stop());
    const changes = await startChangeFeed(database, logger);
    closers.push(() => changes.close());
    const services: Services = {
      changes,
      config,
      database,
      queue,
      mailer,
      devMailbox: !config.smtpUrl,
      passwordWork: createPasswordWorkLimiter({
        ...defaultPasswordWorkLimits,
        ...options.passwordWorkLimits,
      }),
      secretBox,
      logger,
      zoom: zoom.settings,
    };
    await queue.work(services);
    const stopHealthChecks = scheduleZoomHealthChecks(queue, logger);
    closers.push(async () => stopHealthChecks());
    const stopReconcile = scheduleMeetingReconcile(queue, logger);
    closers.push(async () => stopReconcile());
    const stopDailyLimitRetries = scheduleDailyLimitRetries(queue, logger);
    closers.push(async () => stopDailyLimitRetries());
    const stopSignInCleanup = schedulePeriodicJob(
      queue,
      deleteStaleSignInFailuresJob,
      {},
      { key: 'stale-sign-in-failures', everySeconds: staleSignInFailuresIntervalSeconds },
      logger,
    );
    closers.push(async () => stopSignInCleanup());
    const app = await buildApp(services, { webDistDir: options.webDistDir });
    closers.push(() => app.close());
    const listeningUrl = options.listen === false ? config.publicUrl : await listenQuietly(app, config);
    if (options.listen !== false)
      await zoom.pointWebhooksAt(`${loopbackUrl(app, config.host)}/webhooks/zoom`);
    return { app, services, listeningUrl, seed, mailCatcher: catcher, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}

/**
 * Listens without Fastify's "Server listening at …" line per network interface: people would browse to
 * those addresses, and only PUBLIC_URL keeps their session and Zoom's OAuth round trip (main.ts prints
 * it). The level is lowered only while the socket binds; an info line a job writes in that moment is lost.
 */
async function listenQuietly(app: ApiApp, config: Config): Promise<string> {
  const level = app.log.level;
  app.log.level = 'warn';
  try {
    return await app.listen({ port: config.port, host: config.host });
  } finally {
    app.log.level = level;
    app.log.info({ publicUrl: config.publicUrl }, 'HTTP server listening');
  }
}

/** Where this process can reach itself (the embedded Zoom emulator sends its webhooks there). */
/** The demo organization and its accounts, then its jobs, candidates and applications. */
async function seedDemo(database: Database, demoPassword: string | undefined): Promise<SeedResult> {
  const result = await seedDemoOrganization(database, demoPassword);
  await seedDemoRecruiting(database, demoOrganizationName);
  return result;
}

function loopbackUrl(app: ApiApp, host: string): string {
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const reachableHost =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return `http://${reachableHost}:${port}`;
}

/** Whether the database has no organization yet (a production install before `create-admin`). */
export async function needsFirstAdmin(database: Database): Promise<boolean> {
  const { rows } = await database.executeSql('SELECT 1 FROM organizations LIMIT 1');
  return rows.length === 0;
}
