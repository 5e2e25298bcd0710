import type { ApplicationCard } from '@parley/api-contract';
import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { applications } from '../../db/recruiting-schema.ts';
import { auditEvents, users } from '../../db/schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { selectApplicationCards, toApplicationCard } from './application-view.ts';

/** One step of an application's history: created, moved, rejected, withdrawn or reopened. */
export interface ApplicationHistoryEntry {
  at: string;
  action: string;
  actor: { id: string; name: string } | null;
  fromStage: string | null;
  toStage: string | null;
  reason: string | null;
}

/** An application with its candidate and its history (oldest first), read from the audit log. */
export async function getApplication(
  db: Db,
  actor: Actor,
  applicationId: string,
): Promise<{ application: ApplicationCard; history: ApplicationHistoryEntry[] }> {
  const [row] = await selectApplicationCards(db, actor, eq(applications.id, applicationId));
  if (!row) throw new AppError(AppErrorCode.NotFound);
  const events = await db
    .select({ event: auditEvents, actorName: users.name })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorUserId))
    .where(
      and(
        eq(auditEvents.targetType, 'application'),
        eq(auditEvents.targetId, applicationId),
        eq(auditEvents.organizationId, actor.organizationId),
      ),
    )
    .orderBy(asc(auditEvents.sequence));
  return {
    application: toApplicationCard(row),
    history: events.map(({ event, actorName }) => {
      const metadata = event.metadata as Record<string, string | undefined>;
      return {
        at: event.at.toISOString(),
        action: event.action,
        actor: event.actorUserId ? { id: event.actorUserId, name: actorName ?? '' } : null,
        fromStage: metadata.fromStage ?? null,
        toStage: metadata.toStage ?? null,
        reason: metadata.reason ?? null,
      };
    }),
  };
}

/** The application with its candidate, as the API shows it after a change. */
export async function getApplicationView(
  db: Db,
  actor: Actor,
  applicationId: string,
): Promise<ApplicationCard> {
  return (await getApplication(db, actor, applicationId)).application;
}
