import { and, asc, eq } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Database } from '../db/database.ts';
import { users } from '../db/schema.ts';

/** One of the organization's people, as much as choosing a hiring team needs. */
export interface Member {
  id: string;
  name: string;
  email: string;
  role: 'admin' | 'recruiter' | 'interviewer';
}

/**
 * The active users of the actor's organization, by name: the people a hiring team is chosen from.
 * Deactivated users are left out because they cannot join a team.
 */
export async function listMembers(database: Database, actor: Actor): Promise<Member[]> {
  return database.db
    .select({ id: users.id, name: users.name, email: users.email, role: users.role })
    .from(users)
    .where(and(eq(users.organizationId, actor.organizationId), eq(users.active, true)))
    .orderBy(asc(users.name), asc(users.email));
}
