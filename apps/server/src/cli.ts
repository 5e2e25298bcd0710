// `npm run parley -- <command>`: administration commands for a Parley install.
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { CreateAdminError, createAdmin } from './accounts/create-admin.ts';
import { emailSchema } from './accounts/normalize-email.ts';
import { generatePassword } from './accounts/passwords.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/open-database.ts';

const usage = `Usage:
  npm run parley -- create-admin --email <email> --name <name> --organization <name> [--password <password>]

  Creates the first admin of a production install, and the organization if it does not exist.
  Without --password, a password is generated and printed once. Running it again changes nothing.
  Uses the same environment as the server (DATABASE_URL, or DATA_DIR for the embedded database).`;

const createAdminOptions = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'must not be empty'),
  organization: z.string().trim().min(1, 'must not be empty'),
  password: z.string().min(10, 'must be at least 10 characters').optional(),
});

class UsageError extends Error {}

async function runCreateAdmin(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      organization: { type: 'string' },
      password: { type: 'string' },
    },
  });
  const parsed = createAdminOptions.safeParse(values);
  if (!parsed.success) {
    // Every option is a string, so a type error means the option is missing.
    const problems = parsed.error.issues.map(
      (issue) =>
        `--${issue.path.join('.')}: ${issue.code === 'invalid_type' ? 'is required' : issue.message}`,
    );
    throw new UsageError(problems.join('\n'));
  }
  const { email, name, organization, password = generatePassword() } = parsed.data;
  const database = await openDatabase(loadConfig());
  try {
    const result = await createAdmin(database, { email, name, organizationName: organization, password });
    if (result.outcome === 'exists') {
      console.log(`${email} is already an admin of "${organization}"; nothing changed.`);
      return;
    }
    const where = result.organizationCreated ? `the new organization "${organization}"` : `"${organization}"`;
    console.log(`Created the admin ${email} in ${where}.`);
    if (!parsed.data.password)
      console.log(`Password (shown once; change it after signing in, under Settings → Profile): ${password}`);
  } finally {
    await database.close();
  }
}

async function main(): Promise<number> {
  const [command, ...args] = process.argv.slice(2);
  try {
    if (command === 'create-admin') {
      await runCreateAdmin(args);
      return 0;
    }
    console.error(command ? `Unknown command "${command}".\n\n${usage}` : usage);
    return 2;
  } catch (error) {
    if (error instanceof UsageError || (error instanceof TypeError && 'code' in error)) {
      console.error(`${error.message}\n\n${usage}`);
      return 2;
    }
    if (error instanceof CreateAdminError || error instanceof ConfigError) {
      console.error(error.message);
      return 1;
    }
    console.error(`create-admin failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

process.exitCode = await main();
