import type { AdminIncidentFacts } from '@parley/api-contract';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { adminIncidentInterviews, adminIncidents } from '../../db/notification-schema.ts';
import type { Services } from '../../services.ts';
import { incidentCause } from './incident-cause.ts';
import { sendIncidentEmail } from './send-incident-email.job.ts';

/** What a domain reports: an organization, the facts (their `kind` says which incident), the interviews hit. */
export interface IncidentReport {
  organizationId: string;
  facts: AdminIncidentFacts;
  /** Interviews this cause affects (now or upcoming); added to the incident's list, each once. */
  interviewIds?: readonly string[];
}

/** The incident a report landed in. `opened` is true when this report opened it (and its e-mail was queued). */
export interface ReportedIncident {
  incidentId: string;
  opened: boolean;
  /** How many of the report's interviews were new to the incident. */
  interviewsAdded: number;
}

/**
 * Tells the organization's admins that something needs fixing — once per cause, however many interviews it
 * hits. Call it inside the transaction that records the problem, with the `queue` from services:
 *
 * ```ts
 * await reportIncident(tx, services, {
 *   organizationId: interview.organizationId,
 *   facts: { kind: 'meeting_failed', hostZoomUserId, hostLabel, ...answer },
 *   interviewIds: [interview.id],
 * });
 * ```
 *
 * The cause is derived from the facts (`incidentCause`: the connection, the host, or the host plus Zoom's
 * answer for a failed meeting). While an incident of that kind and cause is open, a report adds its
 * interviews to it and refreshes its facts; otherwise it opens one and queues one e-mail to the admins (sent
 * after `NOTIFICATION_DIGEST_SECONDS`, listing every interview reported by then). The bell shows it at once
 * (a new interview makes a read entry unread again). Idempotent: reporting the same again changes nothing
 * but `lastReportedAt` only when an interview was new. Close it with `resolveIncidents` when the cause goes
 * away.
 */
export async function reportIncident(
  tx: Transaction,
  services: Pick<Services, 'queue'>,
  report: IncidentReport,
): Promise<ReportedIncident> {
  const { organizationId, facts } = report;
  const cause = incidentCause(facts);
  const opened = await tx.db
    .insert(adminIncidents)
    .values({ organizationId, kind: facts.kind, cause, facts })
    .onConflictDoNothing({
      target: [adminIncidents.organizationId, adminIncidents.kind, adminIncidents.cause],
      where: sql`${adminIncidents.resolvedAt} IS NULL`,
    })
    .returning({ id: adminIncidents.id });
  const incidentId = opened[0]?.id ?? (await findOpenIncident(tx, organizationId, facts, cause));
  const interviewsAdded = await addInterviews(tx, incidentId, report.interviewIds ?? []);
  if (opened[0]) {
    await services.queue.enqueue(tx, sendIncidentEmail, { incidentId });
  } else {
    await tx.db
      .update(adminIncidents)
      .set({ facts, ...(interviewsAdded > 0 ? { lastReportedAt: new Date() } : {}) })
      .where(eq(adminIncidents.id, incidentId));
  }
  return { incidentId, opened: opened.length > 0, interviewsAdded };
}

async function findOpenIncident(
  tx: Transaction,
  organizationId: string,
  facts: AdminIncidentFacts,
  cause: string,
): Promise<string> {
  const [open] = await tx.db
    .select({ id: adminIncidents.id })
    .from(adminIncidents)
    .where(
      and(
        eq(adminIncidents.organizationId, organizationId),
        eq(adminIncidents.kind, facts.kind),
        eq(adminIncidents.cause, cause),
        isNull(adminIncidents.resolvedAt),
      ),
    )
    .for('update');
  if (!open) throw new Error(`open ${facts.kind} incident for ${cause} vanished`);
  return open.id;
}

async function addInterviews(
  tx: Transaction,
  incidentId: string,
  interviewIds: readonly string[],
): Promise<number> {
  if (interviewIds.length === 0) return 0;
  const added = await tx.db
    .insert(adminIncidentInterviews)
    .values([...new Set(interviewIds)].map((interviewId) => ({ incidentId, interviewId })))
    .onConflictDoNothing()
    .returning({ interviewId: adminIncidentInterviews.interviewId });
  return added.length;
}
