import type { Role } from '@parley/api-contract';
import { and, eq, inArray } from 'drizzle-orm';
import type { Database, Db } from '../db/database.ts';
import { organizations, users } from '../db/schema.ts';
import { generatePassword, hashPassword, verifyPassword } from './passwords.ts';

/** The organization and accounts the first start creates, for trying Parley out. */
export const demoOrganizationName = 'Demo Company';
/** Demo accounts, one per role. */
export const demoAccounts: readonly { email: string; name: string; role: Role }[] = [
  { email: 'admin@demo.test', name: 'Demo Admin', role: 'admin' },
  { email: 'recruiter@demo.test', name: 'Demo Recruiter', role: 'recruiter' },
  { email: 'interviewer@demo.test', name: 'Demo Interviewer', role: 'interviewer' },
];

/** What seeding did. `generatedPassword` is set only on the start that created the accounts without one. */
export interface SeedResult {
  created: boolean;
  generatedPassword?: string;
}

/** Keeps instances starting at the same time from seeding twice. */
const seedLockKey = 7_164_712_002;

/**
 * Creates "Demo Company" with admin@, recruiter@ and interviewer@demo.test when the database has no
 * organization yet (first start). Their password is `demoPassword`, or a generated one that is returned
 * once. On later starts, a given `demoPassword` is applied to the demo accounts, so the variable always
 * holds the password that works.
 */
export async function seedDemoOrganization(
  database: Database,
  demoPassword: string | undefined,
): Promise<SeedResult> {
  if (await hasAnyOrganization(database.db)) {
    if (demoPassword) await applyDemoPassword(database, demoPassword);
    return { created: false };
  }
  const password = demoPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const created = await database.transaction(async (tx) => {
    await tx.executeSql('SELECT pg_advisory_xact_lock($1)', [seedLockKey]);
    if (await hasAnyOrganization(tx.db)) return false;
    const [organization] = await tx.db
      .insert(organizations)
      .values({ name: demoOrganizationName })
      .returning({ id: organizations.id });
    await tx.db
      .insert(users)
      .values(
        demoAccounts.map((account) => ({ ...account, organizationId: organization!.id, passwordHash })),
      );
    return true;
  });
  return created && !demoPassword ? { created, generatedPassword: password } : { created };
}

async function hasAnyOrganization(db: Db): Promise<boolean> {
  const [organization] = await db.select({ id: organizations.id }).from(organizations).limit(1);
  return organization !== undefined;
}

async function applyDemoPassword(database: Database, password: string): Promise<void> {
  const rows = await database.db
    .select({ id: users.id, passwordHash: users.passwordHash })
    .from(users)
    .innerJoin(organizations, eq(organizations.id, users.organizationId))
    .where(
      and(
        eq(organizations.name, demoOrganizationName),
        inArray(
          users.email,
          demoAccounts.map((account) => account.email),
        ),
      ),
    );
  const [sample] = rows;
  if (!sample || (await verifyPassword(password, sample.passwordHash))) return;
  const passwordHash = await hashPassword(password);
  await database.db
    .update(users)
    .set({ passwordHash, updatedAt: new Date() })
    .where(
      inArray(
        users.id,
        rows.map((row) => row.id),
      ),
    );
}
