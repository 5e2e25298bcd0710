import { asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Database } from '../db/database.ts';
import { users } from '../db/schema.ts';
import { type UserRecord, userColumns } from './get-user.ts';

/** The users of the actor's organization, by name. */
export async function listUsers(database: Database, actor: Actor): Promise<UserRecord[]> {
  return database.db
    .select(userColumns)
    .from(users)
    .where(eq(users.organizationId, actor.organizationId))
    .orderBy(asc(users.name), asc(users.email));
}
