import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { organizations, users } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';

/** A user as the API shows them (no password hash). */
export type UserRecord = Omit<typeof users.$inferSelect, 'passwordHash' | 'organizationId' | 'updatedAt'>;

/** The columns of {@link UserRecord}. */
export const userColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  language: users.language,
  timeZone: users.timeZone,
  receivesInterviewInvitations: users.receivesInterviewInvitations,
  createdAt: users.createdAt,
};

/** A user of `organizationId` with their organization; NOT_FOUND for users of other organizations. */
export async function getUserWithOrganization(
  db: Db,
  organizationId: string,
  userId: string,
): Promise<{ user: UserRecord; organization: { id: string; name: string; timeZone: string } }> {
  const [row] = await db
    .select({
      user: userColumns,
      organization: { id: organizations.id, name: organizations.name, timeZone: organizations.timeZone },
    })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(and(eq(users.id, userId), eq(users.organizationId, organizationId)))
    .limit(1);
  if (!row) throw new AppError(AppErrorCode.NotFound);
  return row;
}
