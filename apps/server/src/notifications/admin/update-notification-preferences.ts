import type { AdminIncidentKind, NotificationPreferencesChange } from '@parley/api-contract';
import { and, eq, inArray } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Database } from '../../db/database.ts';
import { notificationEmailOptOuts } from '../../db/notification-schema.ts';

/**
 * Turns notification kinds on or off by e-mail for the user; kinds not named keep their setting. The
 * e-mail job reads these when it sends, so a change applies to the next e-mail.
 */
export async function updateNotificationPreferences(
  database: Pick<Database, 'transaction'>,
  actor: Pick<Actor, 'userId'>,
  change: NotificationPreferencesChange,
): Promise<void> {
  const entries = Object.entries(change.email) as [AdminIncidentKind, boolean | undefined][];
  const off = entries.filter(([, wanted]) => wanted === false).map(([kind]) => kind);
  const on = entries.filter(([, wanted]) => wanted === true).map(([kind]) => kind);
  await database.transaction(async (tx) => {
    if (on.length > 0) {
      await tx.db
        .delete(notificationEmailOptOuts)
        .where(
          and(eq(notificationEmailOptOuts.userId, actor.userId), inArray(notificationEmailOptOuts.kind, on)),
        );
    }
    if (off.length > 0) {
      await tx.db
        .insert(notificationEmailOptOuts)
        .values(off.map((kind) => ({ userId: actor.userId, kind })))
        .onConflictDoNothing();
    }
  });
}
