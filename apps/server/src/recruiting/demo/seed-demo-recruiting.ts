import { eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Database, Transaction } from '../../db/database.ts';
import { applications, candidates, jobs } from '../../db/recruiting-schema.ts';
import { organizations, users } from '../../db/schema.ts';
import { closeApplication } from '../applications/close-application.ts';
import { importCandidates } from '../import/import-candidates.ts';
import { createJob } from '../jobs/create-job.ts';
import { getJob } from '../jobs/get-job.ts';
import { type DemoJob, demoClosingReasons, demoJobs, demoPlacement } from './demo-recruiting-data.ts';

/**
 * Fills the demo organization with three jobs (English, German, Japanese), their pipelines and forty
 * applicants spread over the stages, so a new user sees a working product at once. Runs only where the
 * demo organization exists and has no job yet (the first start, or the first after an upgrade); the seed
 * itself is never run in production, where SEED_DEMO is off.
 */
export async function seedDemoRecruiting(database: Database, organizationName: string): Promise<boolean> {
  return database.transaction(async (tx) => {
    // Instances starting together on one PostgreSQL (SEED_DEMO=true) seed once; all or nothing.
    await tx.executeSql('SELECT pg_advisory_xact_lock($1)', [seedLockKey]);
    const inTransaction = transactionAsDatabase(database, tx);
    const [organization] = await tx.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(eq(organizations.name, organizationName))
      .limit(1);
    if (!organization) return false;
    const [anyJob] = await tx.db
      .select({ id: jobs.id })
      .from(jobs)
      .where(eq(jobs.organizationId, organization.id))
      .limit(1);
    if (anyJob) return false;
    const members = await tx.db
      .select({ id: users.id, email: users.email, role: users.role })
      .from(users)
      .where(eq(users.organizationId, organization.id));
    const admin = members.find((member) => member.role === 'admin');
    if (!admin) return false;
    for (const demoJob of demoJobs) {
      const actor: Actor = {
        userId: admin.id,
        organizationId: organization.id,
        role: 'admin',
        language: demoJob.language,
      };
      const team = members
        .filter((member) => demoJob.hiringTeam.includes(member.email))
        .map((member) => member.id);
      await seedJob(inTransaction, actor, demoJob, team);
    }
    return true;
  });
}

/** Keeps instances starting at the same time from seeding twice (the accounts seed uses its own key). */
const seedLockKey = 7_164_712_012;

/**
 * `tx` in the shape of a Database, so the seed can run the ordinary use cases inside its one
 * transaction (their own transactions become part of it).
 */
function transactionAsDatabase(database: Database, tx: Transaction): Database {
  return {
    ...database,
    db: tx.db,
    executeSql: tx.executeSql,
    transaction: (work) => work(tx),
  };
}

async function seedJob(database: Database, actor: Actor, demoJob: DemoJob, hiringTeam: string[]) {
  const { candidates: names, timeZone, emailDomain, hiringTeam: _team, ...fields } = demoJob;
  const jobId = await createJob(database, actor, { ...fields, employmentType: 'full_time', hiringTeam });
  const { stages } = await getJob(database.db, actor, jobId);
  const byStage = new Map<number, string[]>();
  names.forEach((name, index) => {
    const stage = demoPlacement[index % demoPlacement.length]!.stage;
    const row = [
      name,
      demoEmail(name, index, emailDomain),
      timeZone,
      demoJob.language,
      demoSource(index),
    ].join(',');
    byStage.set(stage, [...(byStage.get(stage) ?? []), row]);
  });
  for (const [stage, rows] of byStage) {
    await importCandidates(database, actor, {
      csv: ['name,email,timeZone,language,source', ...rows].join('\n'),
      mapping: { name: 0, email: 1, timeZone: 2, language: 3, source: 4 },
      jobId,
      stageId: stages[stage]!.id,
    });
  }
  await closeDemoApplications(database, actor, jobId, demoJob);
}

async function closeDemoApplications(database: Database, actor: Actor, jobId: string, demoJob: DemoJob) {
  const rows = await database.db
    .select({ id: applications.id, version: applications.version, email: candidates.email })
    .from(applications)
    .innerJoin(candidates, eq(candidates.id, applications.candidateId))
    .where(eq(applications.jobId, jobId));
  for (const [index, name] of demoJob.candidates.entries()) {
    const placement = demoPlacement[index % demoPlacement.length]!;
    if (!('closed' in placement)) continue;
    const application = rows.find((row) => row.email === demoEmail(name, index, demoJob.emailDomain));
    if (!application) continue;
    await closeApplication(database, actor, application.id, placement.closed, {
      reason: demoClosingReasons[demoJob.language][placement.closed],
      version: application.version,
    });
  }
}

/** `olivia.bennett@example.com`; names in other scripts get a numbered address. */
function demoEmail(name: string, index: number, domain: string): string {
  const local = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '');
  return `${local || `applicant${index + 1}`}@${domain}`;
}

function demoSource(index: number): string {
  return ['LinkedIn', 'Referral', 'Career site', 'Job board'][index % 4]!;
}
