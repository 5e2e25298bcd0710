import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../accounts/passwords.ts';
import { createLogger } from '../logger.ts';
import { createTestDatabase } from '../test/test-database.ts';
import type { Database } from './database.ts';
import { organizations, users } from './schema.ts';

let database: Database;
let organizationId: string;
let passwordHash: string;

beforeAll(async () => {
  database = await createTestDatabase();
  const [organization] = await database.db.insert(organizations).values({ name: 'Log Co' }).returning();
  organizationId = organization!.id;
  passwordHash = await hashPassword('a password nobody may read');
});

afterAll(() => database?.close());

/** What the process logger writes for `{ err: error }`. */
function logged(error: unknown): string {
  let output = '';
  const destination = new Writable({
    write(chunk, _encoding, done) {
      output += chunk.toString();
      done();
    },
  });
  createLogger('info', destination).error({ err: error }, 'request failed');
  return output;
}

async function failureOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error('expected the query to fail');
}

function insertUser(email: string) {
  return database.db
    .insert(users)
    .values({ organizationId, email, name: 'Ada', role: 'admin', language: 'en', passwordHash });
}

describe('database errors in the log', () => {
  it('a failed INSERT keeps its SQL and constraint but no parameter value (e-mail, scrypt hash)', async () => {
    await insertUser('ada@log-co.test');
    const error = await failureOf(() => insertUser('ada@log-co.test'));
    // The raw error carries the values in its message and detail: this is what must not reach the log.
    expect(String((error as Error).message)).toContain(passwordHash);
    const line = logged(error);
    expect(line).not.toContain('ada@log-co.test');
    expect(line).not.toContain(passwordHash);
    expect(line).not.toContain('scrypt$');
    expect(line).toContain('insert into \\"users\\"');
    expect(line).toContain('[redacted]');
    expect(JSON.parse(line).err.cause ?? JSON.parse(line).err).toBeDefined();
  });

  it('a data error quoting the input keeps what was wrong, not the input', async () => {
    const error = await failureOf(() =>
      database.executeSql('SELECT $1::uuid AS id', ['not-a-uuid-but-a-secret@example.test']),
    );
    const line = logged(error);
    expect(line).not.toContain('secret@example.test');
    expect(line).toContain('invalid input syntax for type uuid');
  });

  it('leaves other errors as they are', () => {
    const line = JSON.parse(logged(new Error('Zoom answered 503')));
    expect(line.err).toMatchObject({ type: 'Error', message: 'Zoom answered 503' });
  });
});
