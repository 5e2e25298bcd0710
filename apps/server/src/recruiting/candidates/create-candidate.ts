import type { CreateCandidateInput } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Database, Db } from '../../db/database.ts';
import { candidates } from '../../db/recruiting-schema.ts';
import { organizations } from '../../db/schema.ts';
import { insertApplication } from '../applications/apply-to-job.ts';
import { candidateEmailExists, findCandidateIdByEmail } from '../candidate-view.ts';
import { writeSearchTerms } from './search-terms.ts';

/** A new candidate after the request schema applied its defaults. */
export type NewCandidate = Omit<
  Required<CreateCandidateInput>,
  'timeZone' | 'language' | 'jobId' | 'stageId'
> &
  Pick<CreateCandidateInput, 'timeZone' | 'language' | 'jobId' | 'stageId'>;

/**
 * Adds a candidate, and with `jobId` their application to that job. An e-mail address the organization
 * already has is never a second candidate: CANDIDATE_EMAIL_EXISTS names the existing one to merge into.
 * The time zone defaults to the organization's, the language to that of the person adding them. Returns
 * the candidate's id.
 */
export async function createCandidate(
  database: Database,
  actor: Actor,
  input: NewCandidate,
): Promise<string> {
  return database.transaction(async (tx) => {
    const existingId = await findCandidateIdByEmail(tx.db, actor.organizationId, input.email);
    if (existingId) throw candidateEmailExists(existingId);
    const [candidate] = await tx.db
      .insert(candidates)
      .values({
        organizationId: actor.organizationId,
        name: input.name,
        email: input.email,
        phone: input.phone,
        timeZone: input.timeZone ?? (await organizationTimeZone(tx.db, actor)),
        language: input.language ?? actor.language,
        source: input.source,
        notes: input.notes,
        tags: uniqueTags(input.tags),
      })
      .onConflictDoNothing()
      .returning();
    if (!candidate) {
      // Someone added the same address between the check and the insert.
      throw candidateEmailExists((await findCandidateIdByEmail(tx.db, actor.organizationId, input.email))!);
    }
    await writeSearchTerms(tx, actor.organizationId, [candidate], { replace: false });
    await recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: 'candidate.created',
      target: { type: 'candidate', id: candidate.id },
      result: 'success',
    });
    if (input.jobId) {
      await insertApplication(tx, actor, {
        candidateId: candidate.id,
        jobId: input.jobId,
        stageId: input.stageId,
      });
    }
    return candidate.id;
  });
}

/**
 * The organization's time zone, the default for the candidates its people add: one zone the admins chose,
 * rather than whichever zone the person typing happens to be in.
 */
export async function organizationTimeZone(db: Db, actor: Actor): Promise<string> {
  const [organization] = await db
    .select({ timeZone: organizations.timeZone })
    .from(organizations)
    .where(eq(organizations.id, actor.organizationId));
  return organization?.timeZone ?? 'UTC';
}

/** Tags without duplicates, compared case-insensitively; the first spelling wins. */
export function uniqueTags(tags: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const tag of tags) {
    const key = tag.toLowerCase();
    if (!seen.has(key)) seen.set(key, tag);
  }
  return [...seen.values()];
}
