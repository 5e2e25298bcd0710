import type { Language } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Database } from '../db/database.ts';
import { users } from '../db/schema.ts';

/** Fields a user may change about themselves. */
export interface ProfileChanges {
  name?: string;
  language?: Language;
  /** Already validated and canonical (see `timeZoneSchema`). */
  timeZone?: string;
  receivesInterviewInvitations?: boolean;
}

/** Changes the signed-in user's name, language, time zone or whether they get the invitations they schedule. */
export async function updateProfile(
  database: Database,
  actor: Actor,
  changes: ProfileChanges,
): Promise<void> {
  const { name, language, timeZone, receivesInterviewInvitations } = changes;
  if (Object.values(changes).every((value) => value === undefined)) return;
  await database.db
    .update(users)
    .set({ name, language, timeZone, receivesInterviewInvitations, updatedAt: new Date() })
    .where(eq(users.id, actor.userId));
}
