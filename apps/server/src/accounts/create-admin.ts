import { and, asc, eq } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Database } from '../db/database.ts';
import { organizations, users } from '../db/schema.ts';
import { hashPassword } from './passwords.ts';

/** Input of {@link createAdmin}; `email` already normalised, `password` at least 10 characters. */
export interface CreateAdminInput {
  email: string;
  name: string;
  organizationName: string;
  password: string;
}

/** Outcome of {@link createAdmin}. */
export type CreateAdminResult =
  | { outcome: 'created'; organizationCreated: boolean; userId: string; organizationId: string }
  | { outcome: 'exists'; userId: string; organizationId: string };

/** Why {@link createAdmin} refused; the message says what to do. */
export class CreateAdminError extends Error {
  override name = 'CreateAdminError';
}

/**
 * Creates the first admin of a production install (the `create-admin` command): the organization
 * (found by name, or created) and an active admin in it. Idempotent: run again with the same email
 * and organization, it changes nothing and reports `exists`; the password is not reset.
 */
export async function createAdmin(database: Database, input: CreateAdminInput): Promise<CreateAdminResult> {
  const passwordHash = await hashPassword(input.password);
  return database.transaction(async (tx) => {
    const [existing] = await tx.db
      .select({
        id: users.id,
        role: users.role,
        active: users.active,
        organizationName: organizations.name,
        organizationId: organizations.id,
      })
      .from(users)
      .innerJoin(organizations, eq(organizations.id, users.organizationId))
      .where(eq(users.email, input.email));
    if (existing) {
      if (existing.organizationName !== input.organizationName) {
        throw new CreateAdminError(
          `${input.email} already belongs to the organization "${existing.organizationName}"; use another email address.`,
        );
      }
      if (existing.role !== 'admin' || !existing.active) {
        throw new CreateAdminError(
          `${input.email} exists in "${existing.organizationName}" but is not an active admin; an admin can change this under Settings → Users.`,
        );
      }
      return { outcome: 'exists', userId: existing.id, organizationId: existing.organizationId };
    }
    let [organization] = await tx.db
      .select({ id: organizations.id })
      .from(organizations)
      .where(and(eq(organizations.name, input.organizationName)))
      .orderBy(asc(organizations.createdAt))
      .limit(1);
    const organizationCreated = organization === undefined;
    if (!organization) {
      [organization] = await tx.db
        .insert(organizations)
        .values({ name: input.organizationName })
        .returning({ id: organizations.id });
    }
    const [user] = await tx.db
      .insert(users)
      .values({
        organizationId: organization!.id,
        email: input.email,
        name: input.name,
        passwordHash,
        role: 'admin',
      })
      .returning({ id: users.id });
    await recordAuditEvent(tx, {
      organizationId: organization!.id,
      actorUserId: null,
      action: 'user.created_by_cli',
      target: { type: 'user', id: user!.id },
      result: 'success',
      metadata: { role: 'admin' },
    });
    return { outcome: 'created', organizationCreated, userId: user!.id, organizationId: organization!.id };
  });
}
