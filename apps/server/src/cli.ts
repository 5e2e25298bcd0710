// `npm run parley -- <command>`: administration commands for a Parley install.
import { parseArgs } from 'node:util';
import { emailSchema } from '@parley/api-contract';
import { z } from 'zod';
import { CreateAdminError, createAdmin } from './accounts/create-admin.ts';
import { generatePassword } from './accounts/passwords.ts';
import { promptForPassword, readPasswordFromStdin } from './cli-password-input.ts';
import { ConfigError, loadConfig } from './config.ts';
import { openDatabase } from './db/open-database.ts';

const usage = `Usage:
  npm run parley -- create-admin --email <email> --name <name> --organization <name> [--password-stdin]

  Creates the first admin of a production install, and the organization if it does not exist.
  The password is asked for on the terminal (leave it empty to have one generated and printed once);
  with --password-stdin it is read from the first line of standard input; when neither a terminal nor
  --password-stdin is there, one is generated and printed once. Running it again changes nothing.
  Uses the same environment as the server (DATABASE_URL, or DATA_DIR for the embedded database).`;

/** A password in the arguments is readable by every user of the machine (\`ps\`, shell history). */
const passwordInArgumentsMessage =
  '--password is not accepted: a password on the command line is visible to every user of the machine ' +
  '(ps, shell history). Type it at the prompt or pipe it in with --password-stdin.';

const createAdminOptions = z.object({
  email: emailSchema,
  name: z.string().trim().min(1, 'must not be empty'),
  organization: z.string().trim().min(1, 'must not be empty'),
});

const passwordSchema = z.string().min(10, 'must be at least 10 characters');

class UsageError extends Error {}

async function runCreateAdmin(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      organization: { type: 'string' },
      password: { type: 'string' },
      'password-stdin': { type: 'boolean' },
    },
  });
  if (values.password !== undefined) throw new UsageError(passwordInArgumentsMessage);
  const parsed = createAdminOptions.safeParse(values);
  if (!parsed.success) {
    // Every option is a string, so a type error means the option is missing.
    const problems = parsed.error.issues.map(
      (issue) =>
        `--${issue.path.join('.')}: ${issue.code === 'invalid_type' ? 'is required' : issue.message}`,
    );
    throw new UsageError(problems.join('\n'));
  }
  const { email, name, organization } = parsed.data;
  const chosen = await readChosenPassword(values['password-stdin'] === true);
  const password = chosen ?? generatePassword();
  const database = await openDatabase(loadConfig());
  try {
    const result = await createAdmin(database, { email, name, organizationName: organization, password });
    if (result.outcome === 'exists') {
      console.log(`${email} is already an admin of "${organization}"; nothing changed.`);
      return;
    }
    const where = result.organizationCreated ? `the new organization "${organization}"` : `"${organization}"`;
    console.log(`Created the admin ${email} in ${where}.`);
    if (chosen === undefined)
      console.log(`Password (shown once; change it after signing in, under Settings → Profile): ${password}`);
  } finally {
    await database.close();
  }
}

/** The password the operator gives (stdin or prompt), or undefined to generate one. */
async function readChosenPassword(fromStdin: boolean): Promise<string | undefined> {
  let given: string;
  if (fromStdin) given = await readPasswordFromStdin();
  else if (process.stdin.isTTY) given = await promptForPassword('Password (empty: generate one): ');
  else return undefined;
  if (given === '' && !fromStdin) return undefined;
  const checked = passwordSchema.safeParse(given);
  if (!checked.success) throw new UsageError(`password: ${checked.error.issues[0]!.message}`);
  return checked.data;
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
