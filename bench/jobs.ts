/**
 * Job queue benchmark: 1,000 no-op jobs and 1,000 e-mails to the embedded SMTP catcher, each enqueued in
 * its own transaction as a use case does, through the real queue (pg-boss) with its real workers. Prints
 * jobs per second and the enqueue → start latency (p50, p95) next to a bare insert-and-select of the same
 * rows in the same database, so the queue's own cost shows apart from the database's.
 * Runs on in-memory PGlite, or on a fresh database of the PostgreSQL server in DATABASE_URL.
 * Run: `npm run bench:jobs` (or `DATABASE_URL=postgres://… npm run bench:jobs`).
 */
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import pino from 'pino';
import { z } from 'zod';
import type { Database } from '../apps/server/src/db/database.ts';
import { openPgliteDatabase } from '../apps/server/src/db/pglite-database.ts';
import { openPostgresDatabase } from '../apps/server/src/db/postgres-database.ts';
import { organizations } from '../apps/server/src/db/schema.ts';
import { defineJob, type JobDefinition } from '../apps/server/src/jobs/job-definition.ts';
import { createJobQueue, type JobQueue } from '../apps/server/src/jobs/job-queue.ts';
import { startMailCatcher } from '../apps/server/src/mail/mail-catcher.ts';
import { createMailer, type Mailer } from '../apps/server/src/mail/mailer.ts';

const jobCount = 1_000;
const targets = { noOpJobsPerSecond: 200, pickupP95Ms: 100 };

interface BenchDependencies {
  mailer: Mailer;
  organizationId: string;
  started: Map<string, number>;
  finished: Map<string, number>;
}

/** What a real job of each kind is configured with, minus the work. */
const jobSettings = {
  retry: { limit: 3, delaySeconds: 5, backoff: true },
  expireInSeconds: 60,
  concurrency: 8,
} as const;

const noOp = defineJob({
  name: 'bench-no-op-v1',
  payload: z.object({ key: z.string() }),
  ...jobSettings,
  async handle({ key }, { started, finished }: BenchDependencies) {
    started.set(key, performance.now());
    finished.set(key, performance.now());
  },
});

const sendMail = defineJob({
  name: 'bench-send-mail-v1',
  payload: z.object({ key: z.string() }),
  ...jobSettings,
  async handle({ key }, { mailer, organizationId, started, finished }: BenchDependencies) {
    started.set(key, performance.now());
    await mailer.send({
      organizationId,
      to: `candidate-${key}@example.test`,
      subject: `Bench message ${key}`,
      text: 'A message from the job queue benchmark.',
      html: '<p>A message from the job queue benchmark.</p>',
      messageId: `<bench-${key}@parley>`,
    });
    finished.set(key, performance.now());
  },
});

interface Measurement {
  perSecond: number;
  p50Ms: number;
  p95Ms: number;
}

function percentile(sorted: number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? Number.NaN;
}

function summarize(latencies: number[], elapsedMs: number): Measurement {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    perSecond: (latencies.length / elapsedMs) * 1000,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
  };
}

/** The database alone: insert a row in its own transaction, then read it back. */
async function measureBareInsertAndSelect(database: Database, label: string): Promise<Measurement> {
  await database.executeSql(
    'CREATE TABLE IF NOT EXISTS bench_rows (id uuid PRIMARY KEY DEFAULT gen_random_uuid(), name text NOT NULL, data jsonb NOT NULL, created_on timestamptz NOT NULL DEFAULT now())',
  );
  const latencies: number[] = [];
  const begun = performance.now();
  for (let index = 0; index < jobCount; index++) {
    const enqueuedAt = performance.now();
    const id = await database.transaction(async (tx) => {
      const { rows } = await tx.executeSql(
        'INSERT INTO bench_rows (name, data) VALUES ($1, $2) RETURNING id',
        [label, { key: `${label}-${index}` }],
      );
      return rows[0]?.id;
    });
    await database.executeSql('SELECT id, name, data FROM bench_rows WHERE id = $1', [id]);
    latencies.push(performance.now() - enqueuedAt);
  }
  return summarize(latencies, performance.now() - begun);
}

/** Enqueues `jobCount` jobs, one transaction each, and returns when each was enqueued. */
async function enqueueAll(
  database: Database,
  queue: JobQueue<BenchDependencies>,
  job: JobDefinition<{ key: string }, BenchDependencies>,
  label: string,
): Promise<Map<string, number>> {
  const enqueuedAt = new Map<string, number>();
  for (let index = 0; index < jobCount; index++) {
    const key = `${label}-${index}`;
    enqueuedAt.set(key, performance.now());
    await database.transaction((tx) => queue.enqueue(tx, job, { key }));
  }
  return enqueuedAt;
}

/** Waits until every job of `enqueuedAt` has run; its rate counts from `since` to the last one's end. */
async function measureRuns(
  enqueuedAt: Map<string, number>,
  dependencies: BenchDependencies,
  since: number,
): Promise<Measurement> {
  const keys = [...enqueuedAt.keys()];
  const deadline = Date.now() + 5 * 60_000;
  while (!keys.every((key) => dependencies.finished.has(key))) {
    if (Date.now() > deadline) throw new Error('not every job ran within 5 minutes');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const lastFinished = Math.max(...keys.map((key) => dependencies.finished.get(key)!));
  const latencies = keys.map((key) => dependencies.started.get(key)! - enqueuedAt.get(key)!);
  return summarize(latencies, lastFinished - since);
}

function report(label: string, measurement: Measurement, unit: string): void {
  console.log(
    `${label.padEnd(36)} ${measurement.perSecond.toFixed(0).padStart(6)} ${unit}/s  ` +
      `p50 ${measurement.p50Ms.toFixed(1).padStart(6)} ms  p95 ${measurement.p95Ms.toFixed(1).padStart(6)} ms`,
  );
}

/** A fresh database on the server of `DATABASE_URL`, dropped afterwards; otherwise in-memory PGlite. */
async function openBenchDatabase(): Promise<{ database: Database; dispose(): Promise<void> }> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    const database = await openPgliteDatabase();
    await database.migrate();
    return { database, dispose: () => database.close() };
  }
  const name = `parley_bench_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string) => {
    const client = new pg.Client({ connectionString: serverUrl });
    await client.connect();
    await client.query(sql).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const database = await openPostgresDatabase({ connectionString: url.toString() });
  await database.migrate();
  return {
    database,
    async dispose() {
      await database.close();
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

const logger = pino({ level: 'warn' });
const { database, dispose } = await openBenchDatabase();
console.log(
  `Job queue benchmark on ${database.kind === 'pglite' ? 'PGlite (in memory)' : 'PostgreSQL'}: ` +
    `${jobCount} jobs per measurement, one transaction per enqueue, batches of ${jobSettings.concurrency}.`,
);
const catcher = await startMailCatcher({ database, logger });
const mailer = createMailer({ smtpUrl: catcher.smtpUrl, from: 'Parley bench <bench@parley.test>' });
// One queue per kind, so the no-op backlog can wait while its worker is not started yet.
const noOpQueue = createJobQueue<BenchDependencies>({ database, jobs: [noOp], logger });
const mailQueue = createJobQueue<BenchDependencies>({ database, jobs: [sendMail], logger });
let verdict = 'MISSED';
try {
  await noOpQueue.start();
  await mailQueue.start();
  const [organization] = await database.db
    .insert(organizations)
    .values({ name: 'Bench Company' })
    .returning({ id: organizations.id });
  const dependencies: BenchDependencies = {
    mailer,
    organizationId: organization!.id,
    started: new Map(),
    finished: new Map(),
  };

  const bare = await measureBareInsertAndSelect(database, 'no-op');
  report('bare insert + select, row by row', bare, 'rows');

  // Throughput: a backlog of 1,000 jobs, then the worker starts and drains it.
  const enqueueBegun = performance.now();
  const backlog = await enqueueAll(database, noOpQueue, noOp, 'backlog');
  const enqueueRate = (jobCount / (performance.now() - enqueueBegun)) * 1000;
  console.log(`${'enqueue (no worker running)'.padEnd(36)} ${enqueueRate.toFixed(0).padStart(6)} jobs/s`);
  const drainBegun = performance.now();
  await noOpQueue.work(dependencies);
  const drained = await measureRuns(backlog, dependencies, drainBegun);
  console.log(
    `${'no-op jobs: backlog drained'.padEnd(36)} ${drained.perSecond.toFixed(0).padStart(6)} jobs/s`,
  );

  // Pickup: 1,000 more, enqueued one after another while the worker runs.
  const liveBegun = performance.now();
  const live = await measureRuns(
    await enqueueAll(database, noOpQueue, noOp, 'live'),
    dependencies,
    liveBegun,
  );
  report('no-op jobs: enqueue → start', live, 'jobs');

  await mailQueue.work(dependencies);
  const mailBegun = performance.now();
  const mail = await measureRuns(
    await enqueueAll(database, mailQueue, sendMail, 'mail'),
    dependencies,
    mailBegun,
  );
  report('e-mails to the SMTP catcher', mail, 'jobs');
  const { rows } = await database.executeSql('SELECT count(*)::int AS caught FROM dev_mail_messages');
  console.log(`messages caught: ${rows[0]?.caught} of ${jobCount}`);

  const ok =
    drained.perSecond >= targets.noOpJobsPerSecond &&
    live.p95Ms < targets.pickupP95Ms &&
    rows[0]?.caught === jobCount;
  verdict = ok ? 'ok' : 'MISSED';
  console.log(
    `bench jobs: noop_jobs_per_s=${drained.perSecond.toFixed(0)} pickup_p50_ms=${live.p50Ms.toFixed(1)} ` +
      `pickup_p95_ms=${live.p95Ms.toFixed(1)} bare_p50_ms=${bare.p50Ms.toFixed(1)} bare_p95_ms=${bare.p95Ms.toFixed(1)} ` +
      `mail_jobs_per_s=${mail.perSecond.toFixed(0)} mail_pickup_p95_ms=${mail.p95Ms.toFixed(1)} ` +
      `target noop_jobs_per_s>=${targets.noOpJobsPerSecond} pickup_p95_ms<${targets.pickupP95Ms} ${verdict}`,
  );
} finally {
  await noOpQueue.stop();
  await mailQueue.stop();
  mailer.close();
  await catcher.close();
  await dispose();
}
process.exit(verdict === 'ok' ? 0 : 1);
