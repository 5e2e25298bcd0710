import { type AuditSubject, type AuditSubjectType, auditSubjectTypes, hostLabel } from '@parley/api-contract';
import { and, eq, inArray } from 'drizzle-orm';
import { uuidPattern } from '../db/columns.ts';
import type { Db } from '../db/database.ts';
import { interviews } from '../db/interview-schema.ts';
import { applications, candidates, jobs } from '../db/recruiting-schema.ts';
import { invitations, users } from '../db/schema.ts';
import { hostNameColumns, zoomHostCandidates } from '../db/zoom-schema.ts';

/** An event's target as the audit table stores it (`target_type`, `target_id`), with its recorded details. */
export interface AuditTarget {
  type: string | null;
  id: string | null;
  details: Record<string, unknown>;
}

/** A subject's current name (and job, for applications and interviews), by id. */
type Names = Map<string, { name: string; jobTitle: string | null }>;

function isSubjectType(type: string | null): type is AuditSubjectType {
  return auditSubjectTypes.includes(type as AuditSubjectType);
}

/**
 * What the event recorded about its subject at the time, for a subject that no longer exists: a job's
 * title, an invitation's or host's e-mail. Candidates' names are not kept in the log (a deleted candidate's
 * name must not outlive them there), so a deleted candidate goes unnamed.
 */
function recordedName(type: AuditSubjectType, details: Record<string, unknown>): string | null {
  const value =
    type === 'job'
      ? details.title
      : type === 'invitation'
        ? details.email
        : type === 'zoom_host_candidate'
          ? details.zoomUserEmail
          : undefined;
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The current names of one type's subjects in the organization (one query per type on the page). */
async function namesOf(
  db: Db,
  organizationId: string,
  language: string,
  type: AuditSubjectType,
  ids: string[],
): Promise<Names> {
  const rows: { id: string; name: string; jobTitle?: string }[] = await (() => {
    switch (type) {
      case 'user':
        return db
          .select({ id: users.id, name: users.name })
          .from(users)
          .where(and(eq(users.organizationId, organizationId), inArray(users.id, ids)));
      case 'invitation':
        return db
          .select({ id: invitations.id, name: invitations.email })
          .from(invitations)
          .where(and(eq(invitations.organizationId, organizationId), inArray(invitations.id, ids)));
      case 'candidate':
        return db
          .select({ id: candidates.id, name: candidates.name })
          .from(candidates)
          .where(and(eq(candidates.organizationId, organizationId), inArray(candidates.id, ids)));
      case 'job':
        return db
          .select({ id: jobs.id, name: jobs.title })
          .from(jobs)
          .where(and(eq(jobs.organizationId, organizationId), inArray(jobs.id, ids)));
      case 'application':
      case 'interview': {
        const table = type === 'application' ? applications : interviews;
        return db
          .select({ id: table.id, name: candidates.name, jobTitle: jobs.title })
          .from(table)
          .innerJoin(candidates, eq(candidates.id, table.candidateId))
          .innerJoin(jobs, eq(jobs.id, table.jobId))
          .where(and(eq(table.organizationId, organizationId), inArray(table.id, ids)));
      }
      case 'zoom_host_candidate':
        return db
          .select(hostNameColumns)
          .from(zoomHostCandidates)
          .where(
            and(eq(zoomHostCandidates.organizationId, organizationId), inArray(zoomHostCandidates.id, ids)),
          )
          .then((hosts) => hosts.map((host) => ({ id: host.id, name: hostLabel(host, language) })));
    }
  })();
  return new Map(rows.map((row) => [row.id, { name: row.name, jobTitle: row.jobTitle ?? null }]));
}

/**
 * The subjects of a page of events, named for the reader: a person by their name now (a renamed user reads
 * under the new name), a host by its label in the reader's name order, an application or interview by its
 * candidate and job. A subject that no longer exists keeps the name its event recorded, else none.
 * Returns one subject (or null) per target, in order.
 */
export async function resolveAuditSubjects(
  db: Db,
  organizationId: string,
  language: string,
  targets: AuditTarget[],
): Promise<(AuditSubject | null)[]> {
  const idsByType = new Map<AuditSubjectType, Set<string>>();
  for (const { type, id } of targets) {
    if (!isSubjectType(type) || !id || !uuidPattern.test(id)) continue;
    idsByType.set(type, (idsByType.get(type) ?? new Set()).add(id));
  }
  const namesByType = new Map<AuditSubjectType, Names>();
  for (const [type, ids] of idsByType) {
    namesByType.set(type, await namesOf(db, organizationId, language, type, [...ids]));
  }
  return targets.map(({ type, id, details }) => {
    if (!isSubjectType(type) || !id) return null;
    const current = namesByType.get(type)?.get(id);
    return {
      type,
      id,
      name: current?.name ?? recordedName(type, details),
      jobTitle: current?.jobTitle ?? null,
    };
  });
}
