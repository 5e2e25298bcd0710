import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from './accounts/passwords.ts';
import { loadConfig } from './config.ts';
import { openDatabase } from './db/open-database.ts';
import { organizations, users } from './db/schema.ts';
import { spawnTsProcess } from './test/spawn-ts-process.ts';
import { createTestDataLocation, type TestDataLocation } from './test/test-database.ts';

const cli = new URL('./cli.ts', import.meta.url);
let location: TestDataLocation;

beforeAll(async () => {
  location = await createTestDataLocation();
});

afterAll(() => location?.dispose());

async function runCli(...args: string[]) {
  return runCliWithInput(undefined, ...args);
}

/** Runs the CLI with `input` on its standard input (closed at once when undefined: no terminal). */
async function runCliWithInput(input: string | undefined, ...args: string[]) {
  const run = spawnTsProcess(
    cli,
    { ...location.env, ENCRYPTION_KEY: randomBytes(32).toString('base64') },
    args,
  );
  run.child.stdin.end(input);
  const code = await run.exited;
  return { code, output: run.output() };
}

async function readAdmins() {
  const database = await openDatabase(loadConfig(location.env));
  try {
    return await database.db
      .select({
        email: users.email,
        role: users.role,
        passwordHash: users.passwordHash,
        organization: organizations.name,
      })
      .from(users)
      .innerJoin(organizations, eq(organizations.id, users.organizationId));
  } finally {
    await database.close();
  }
}

/** `create-admin` with its three options, each as its own argument (`--email x`, not `--email=x`). */
const createAdmin = (email: string, name: string, organization: string) => [
  'create-admin',
  '--email',
  email,
  '--name',
  name,
  '--organization',
  organization,
];

describe('parley create-admin', () => {
  it('creates the organization and an admin, printing a generated password once', async () => {
    const { code, output } = await runCli(...createAdmin('Boss@Prod.example', 'Bo Boss', 'Prod Co'));
    expect(code, output).toBe(0);
    expect(output).toContain('Created the admin boss@prod.example in the new organization "Prod Co".');
    const password =
      /Password \(shown once; change it after signing in, under Settings → Profile\): (\S+)/.exec(
        output,
      )?.[1];
    expect(password).toHaveLength(20);
    const [admin] = await readAdmins();
    expect(admin).toMatchObject({ email: 'boss@prod.example', role: 'admin', organization: 'Prod Co' });
    expect(await verifyPassword(password!, admin!.passwordHash)).toBe(true);
  }, 60_000);

  it('is idempotent: run again, it changes nothing and succeeds', async () => {
    const { code, output } = await runCliWithInput(
      'another password\n',
      ...createAdmin('boss@prod.example', 'Bo Boss', 'Prod Co'),
      '--password-stdin',
    );
    expect(code, output).toBe(0);
    expect(output).toContain('boss@prod.example is already an admin of "Prod Co"; nothing changed.');
    expect(await readAdmins()).toHaveLength(1);
  }, 60_000);

  it('adds a second admin with a password read from stdin (never from the arguments)', async () => {
    const { code, output } = await runCliWithInput(
      'chosen password\nignored second line\n',
      'create-admin',
      '--email=second@prod.example',
      '--name=Sam Second',
      '--organization=Prod Co',
      '--password-stdin',
    );
    expect(code, output).toBe(0);
    expect(output).toContain('Created the admin second@prod.example in "Prod Co".');
    expect(output).not.toContain('chosen password');
    const second = (await readAdmins()).find((admin) => admin.email === 'second@prod.example');
    expect(await verifyPassword('chosen password', second!.passwordHash)).toBe(true);
  }, 60_000);

  it('explains what is wrong: an email of another organization, missing or bad options', async () => {
    const taken = await runCli(...createAdmin('boss@prod.example', 'X', 'Other'));
    expect(taken.code).toBe(1);
    expect(taken.output).toContain('boss@prod.example already belongs to the organization "Prod Co"');

    const missing = await runCli('create-admin', '--email', 'not-an-email');
    expect(missing.code).toBe(2);
    expect(missing.output).toContain('--email: Invalid email address');
    expect(missing.output).toContain('--name: is required');
    expect(missing.output).toContain('--organization: is required');
    expect(missing.output).toContain('Usage:');

    const inArguments = await runCli(
      'create-admin',
      '--email=third@prod.example',
      '--name=Third',
      '--organization=Prod Co',
      '--password=visible in ps',
    );
    expect(inArguments.code).toBe(2);
    expect(inArguments.output).toContain(
      '--password is not accepted: a password on the command line is visible',
    );

    const short = await runCliWithInput(
      'short\n',
      'create-admin',
      '--email=third@prod.example',
      '--name=Third',
      '--organization=Prod Co',
      '--password-stdin',
    );
    expect(short.code).toBe(2);
    expect(short.output).toContain('password: must be at least 10 characters');
    expect((await readAdmins()).map((admin) => admin.email)).not.toContain('third@prod.example');

    const unknown = await runCli('make-coffee');
    expect(unknown.code).toBe(2);
    expect(unknown.output).toContain('Unknown command "make-coffee"');
  }, 60_000);
});
