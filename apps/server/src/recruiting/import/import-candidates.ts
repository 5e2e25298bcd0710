import type { ImportMapping } from '@parley/api-contract';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database, Db, Transaction } from '../../db/database.ts';
import { applications, candidates } from '../../db/recruiting-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { entryStage } from '../applications/apply-to-job.ts';
import type { CandidateRow } from '../candidate-view.ts';
import { organizationTimeZone } from '../candidates/create-candidate.ts';
import { mergedCandidateFields } from '../candidates/merge-candidate.ts';
import { writeSearchTerms } from '../candidates/search-terms.ts';
import { findJob } from '../recruiting-access.ts';
import { parseCsv } from './parse-csv.ts';
import { type ImportRow, type ImportRowError, malformed, readImportRows } from './read-import-rows.ts';

/** An import request: the file, its mapping and optionally the job (and stage) to apply to. */
export interface ImportRequest {
  csv: string;
  mapping: ImportMapping;
  jobId?: string;
  stageId?: string;
}

/** Rows per INSERT: well below PostgreSQL's 65,535 parameters per statement. */
const batchSize = 500;
/** An error report stops here; a file with more errors is fixed before the rest matter. */
const maxReportedErrors = 500;

/** How far an import is: rows written of the file's rows (all of them only once the import commits). */
export type ImportProgress = (progress: { processed: number; total: number }) => void;

/**
 * Reads and checks the file before anything is written: any row error refuses the whole file with
 * IMPORT_INVALID and every row's error as `details` (`<line>.<field>`).
 */
export function readImportFile(request: ImportRequest): ImportRow[] {
  const parsed = parseCsv(request.csv);
  if (!parsed.ok) throw importInvalid([malformed(parsed.line)]);
  const { rows, errors } = readImportRows(parsed.records, request.mapping);
  if (errors.length > 0) throw importInvalid(errors);
  return rows;
}

/**
 * The job (and stage) an import applies to, checked before a long import starts, so a closed job or one
 * the actor cannot see is refused with its own status rather than after the rows are written.
 */
export async function checkImportTarget(db: Db, actor: Actor, request: ImportRequest): Promise<void> {
  if (request.jobId) await jobEntryStage({ db }, actor, request.jobId, request.stageId);
}

/**
 * Imports candidates from CSV in one transaction: every row or none (see {@link readImportFile}; a closed
 * job refuses it too). Rows whose e-mail the organization has are merged into that candidate; with
 * `jobId` each candidate applies to the job unless they already have. Writes in batches and reports each
 * batch to `onProgress`, so the page can show "1,000 of 5,000"; 5,000 rows take a few seconds.
 */
export async function importCandidates(
  database: Database,
  actor: Actor,
  request: ImportRequest,
  onProgress: ImportProgress = () => {},
) {
  const rows = readImportFile(request);
  return database.transaction(async (tx) => {
    const stage = request.jobId ? await jobEntryStage(tx, actor, request.jobId, request.stageId) : undefined;
    const timeZone = await organizationTimeZone(tx.db, actor);
    const counts = { created: 0, merged: 0, applied: 0 };
    onProgress({ processed: 0, total: rows.length });
    for (let start = 0; start < rows.length; start += batchSize) {
      const batch = rows.slice(start, start + batchSize);
      const written = await importBatch(tx, actor, { rows: batch, timeZone, stage });
      counts.created += written.created;
      counts.merged += written.merged;
      counts.applied += written.applied;
      onProgress({ processed: start + batch.length, total: rows.length });
    }
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'candidates.imported',
      target: request.jobId ? { type: 'job', id: request.jobId } : undefined,
      result: 'success',
      metadata: counts,
    });
    return counts;
  });
}

/** The stage imported candidates apply to. */
type ImportStage = Awaited<ReturnType<typeof entryStage>>;

/** One batch of rows: new candidates inserted, known e-mails merged, search terms, applications. */
async function importBatch(
  tx: Transaction,
  actor: Actor,
  { rows, timeZone, stage }: { rows: readonly ImportRow[]; timeZone: string; stage: ImportStage | undefined },
) {
  const existing = await findExistingEmails(
    tx.db,
    actor.organizationId,
    rows.map((row) => row.email),
  );
  const created = await insertCandidates(
    tx,
    actor,
    timeZone,
    rows.filter((row) => !existing.has(row.email)),
  );
  const merged = await mergeIntoExisting(
    tx,
    rows.filter((row) => existing.has(row.email)),
    existing,
  );
  await writeSearchTerms(tx, actor.organizationId, created, { replace: false });
  await writeSearchTerms(tx, actor.organizationId, merged, { replace: true });
  const applied = stage
    ? await applyAll(
        tx,
        actor,
        stage,
        [...created, ...merged].map((candidate) => candidate.id),
      )
    : 0;
  return { created: created.length, merged: merged.length, applied };
}

function importInvalid(errors: readonly ImportRowError[]): AppError {
  return new AppError(AppErrorCode.ImportInvalid, {
    details: errors.slice(0, maxReportedErrors).map((error) => ({
      path: `${error.line}.${error.field}`,
      message: error.message,
    })),
    meta: { errorCount: errors.length },
  });
}

async function jobEntryStage(tx: Pick<Transaction, 'db'>, actor: Actor, jobId: string, stageId?: string) {
  const job = await findJob(tx.db, actor, jobId);
  if (job.status === 'closed') throw new AppError(AppErrorCode.JobClosed);
  return entryStage(tx, jobId, stageId);
}

/** The organization's candidates with one of these e-mails, by e-mail. */
export async function findExistingEmails(
  db: Db,
  organizationId: string,
  emails: readonly string[],
): Promise<Map<string, CandidateRow>> {
  const found = new Map<string, CandidateRow>();
  for (let start = 0; start < emails.length; start += batchSize) {
    const batch = emails.slice(start, start + batchSize);
    const rows = await db
      .select()
      .from(candidates)
      .where(and(eq(candidates.organizationId, organizationId), inArray(candidates.email, batch)));
    for (const row of rows) found.set(row.email, row);
  }
  return found;
}

/** A created candidate: what search terms and applications need. */
interface CreatedCandidate {
  id: string;
  name: string;
  email: string;
  tags: string[];
}

/**
 * Inserts the new candidates with one statement per batch, the rows passed as one JSON parameter:
 * Drizzle's multi-row VALUES took over a second per thousand rows on PGlite.
 */
async function insertCandidates(tx: Transaction, actor: Actor, timeZone: string, rows: readonly ImportRow[]) {
  const created: CreatedCandidate[] = [];
  if (rows.length === 0) return created;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize).map(({ line: _line, ...row }) => ({
      ...row,
      timeZone: row.timeZone ?? timeZone,
      language: row.language ?? actor.language,
    }));
    const { rows: inserted } = await tx.executeSql(
      `INSERT INTO candidates (organization_id, name, email, phone, time_zone, language, source, notes, tags)
       SELECT $1::uuid, r.name, r.email, r.phone, r."timeZone", r.language::language, r.source, r.notes,
              ARRAY(SELECT jsonb_array_elements_text(r.tags))
       FROM jsonb_to_recordset($2::jsonb) AS r(name text, email text, phone text, "timeZone" text,
            language text, source text, notes text, tags jsonb)
       RETURNING id, name, email, tags`,
      [actor.organizationId, JSON.stringify(batch)],
    );
    created.push(...(inserted as unknown as CreatedCandidate[]));
  }
  return created;
}

async function mergeIntoExisting(
  tx: Transaction,
  rows: readonly ImportRow[],
  existing: Map<string, CandidateRow>,
): Promise<CandidateRow[]> {
  const merged: CandidateRow[] = [];
  for (const row of rows) {
    const candidate = existing.get(row.email)!;
    const [updated] = await tx.db
      .update(candidates)
      .set({
        ...mergedCandidateFields(candidate, row),
        version: sql`${candidates.version} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(candidates.id, candidate.id))
      .returning();
    merged.push(updated!);
  }
  return merged;
}

/** Applies the candidates to the stage's job, except those who already applied; returns how many did. */
async function applyAll(
  tx: Transaction,
  actor: Actor,
  stage: { id: string; jobId: string; name: string },
  candidateIds: readonly string[],
): Promise<number> {
  const already = new Set<string>();
  for (let start = 0; start < candidateIds.length; start += batchSize) {
    const rows = await tx.db
      .select({ candidateId: applications.candidateId })
      .from(applications)
      .where(
        and(
          eq(applications.jobId, stage.jobId),
          inArray(applications.candidateId, candidateIds.slice(start, start + batchSize)),
        ),
      );
    for (const row of rows) already.add(row.candidateId);
  }
  const applying = candidateIds.filter((id) => !already.has(id));
  if (applying.length === 0) return 0;
  const { rows: inserted } = await tx.executeSql(
    `INSERT INTO applications (organization_id, candidate_id, job_id, stage_id)
     SELECT $1::uuid, candidate_id, $3::uuid, $4::uuid FROM unnest($2::uuid[]) AS c(candidate_id)
     RETURNING id`,
    [actor.organizationId, applying, stage.jobId, stage.id],
  );
  // Each application's history starts with its creation, as when it is added by hand.
  await tx.executeSql(
    `INSERT INTO audit_events (organization_id, actor_user_id, action, target_type, target_id, result, metadata)
     SELECT $1::uuid, $2::uuid, 'application.created', 'application', target_id, 'success', $4::jsonb
     FROM unnest($3::text[]) AS t(target_id)`,
    [
      actor.organizationId,
      actor.userId,
      inserted.map((row) => String(row.id)),
      JSON.stringify({ toStageId: stage.id, toStage: stage.name, imported: true }),
    ],
  );
  return applying.length;
}
