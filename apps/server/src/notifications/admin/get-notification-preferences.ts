import { adminIncidentKinds, type NotificationPreferences } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Database } from '../../db/database.ts';
import { notificationEmailOptOuts } from '../../db/notification-schema.ts';

/** Which notification kinds come to the user by e-mail: every kind they have not turned off. */
export async function getNotificationPreferences(
  database: Pick<Database, 'db'>,
  actor: Pick<Actor, 'userId'>,
): Promise<NotificationPreferences> {
  const optOuts = await database.db
    .select({ kind: notificationEmailOptOuts.kind })
    .from(notificationEmailOptOuts)
    .where(eq(notificationEmailOptOuts.userId, actor.userId));
  const off = new Set(optOuts.map((optOut) => optOut.kind));
  return {
    email: Object.fromEntries(
      adminIncidentKinds.map((kind) => [kind, !off.has(kind)]),
    ) as NotificationPreferences['email'],
  };
}
