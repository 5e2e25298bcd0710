import { beforeAll, describe, expect, it } from 'vitest';
import { useTestApp } from '../../test/use-test-app.ts';
import { type RecruitingClient, recruitingClient } from '../testing/recruiting-test-world.ts';

const parley = useTestApp();
let recruiter: RecruitingClient;
let job: { id: string; stages: { id: string; name: string }[] };

beforeAll(async () => {
  await parley.createOrganization('Import Co');
  const admin = recruitingClient(parley, await parley.login('admin@import-co.test'));
  job = await admin.createJob({ title: 'Import target', language: 'en' });
  await admin.patch('/api/organization', { timeZone: 'Asia/Tokyo' });
  recruiter = recruitingClient(parley, await parley.login('recruiter@import-co.test'));
});

/** A CSV of `count` candidates; `row` may change one line (`index` 0 is line 2). */
function csvOf(
  count: number,
  row: (index: number) => string = (index) => `Person ${index},person${index}@example.test,tag${index % 7}`,
) {
  return ['Name,E-Mail,Tags', ...Array.from({ length: count }, (_, index) => row(index))].join('\n');
}
const mapping = { name: 0, email: 1, tags: 2 };
const countCandidates = async () =>
  Number((await parley.database.executeSql('SELECT count(*)::int AS total FROM candidates')).rows[0]!.total);

/** The import as a recruiter's browser asks for it, with its progress streamed (NDJSON). */
async function streamedImport(payload: object) {
  return parley.request({
    method: 'POST',
    url: '/api/candidates/import',
    as: await parley.login('recruiter@import-co.test'),
    headers: { accept: 'application/x-ndjson' },
    payload,
  });
}
/** The streamed answer's lines, parsed. */
const linesOf = (body: string) =>
  body
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));

describe('CSV import', () => {
  it('previews: guesses the mapping from the header, shows the first rows, counts merges, reports errors', async () => {
    await recruiter.createCandidate({ name: 'Existing', email: 'existing@example.test', phone: '+49 30 1' });
    const csv =
      'Name;E-Mail;Telefon;Sprache\nExisting Person;EXISTING@example.test;+49 40 2;de\n山田 太郎;taro@example.jp;;ja\n;broken;;fr';
    const preview = await recruiter.post('/api/candidates/import/preview', { csv });
    expect(preview).toMatchObject({
      header: ['Name', 'E-Mail', 'Telefon', 'Sprache'],
      mapping: { name: 0, email: 1, phone: 2, language: 3 },
      rowCount: 3,
      mergeCount: 1,
    });
    expect(preview.sample.map((row: { name: string }) => row.name)).toEqual(['Existing Person', '山田 太郎']);
    expect(preview.errors).toEqual([
      { line: 4, field: 'name', message: 'This field is required.' },
      { line: 4, field: 'email', message: 'Must be an email address.' },
      { line: 4, field: 'language', message: 'Must be en, de or ja.' },
    ]);
  });

  it("words the preview's row problems in the reader's language, a line that is not CSV too", async () => {
    const speaking = async (language: string) => {
      const admin = await parley.login('admin@import-co.test');
      await parley.request({ method: 'PATCH', url: '/api/me', as: admin, payload: { language } });
      return recruitingClient(parley, admin);
    };
    const broken = 'Name,Email\nA,not-an-address\nB "quoted",b@example.test';
    const german = await (await speaking('de')).post('/api/candidates/import/preview', { csv: broken });
    expect(german.errors).toEqual([
      {
        line: 3,
        field: 'csv',
        message: 'Diese Zeile ist kein gültiges CSV (Anführungszeichen und Spaltenzahl prüfen).',
      },
    ]);
    const japanese = await (await speaking('ja')).post('/api/candidates/import/preview', {
      csv: 'Name,Email\nA,not-an-address',
    });
    expect(japanese.errors).toEqual([
      { line: 2, field: 'email', message: 'メールアドレスを入力してください。' },
    ]);
    await speaking('en');
  });

  it('imports nothing when one row is bad (line 4,000 of 5,000) and says which and why', async () => {
    const before = await countCandidates();
    const csv = csvOf(4999, (index) =>
      index === 3998 ? 'Broken Row,not-an-address,' : `Person ${index},person${index}@example.test,`,
    );
    const response = await recruiter.send('POST', '/api/candidates/import', { csv, mapping, jobId: job.id });
    expect(response.statusCode).toBe(422);
    expect(response.json().error).toMatchObject({
      code: 'IMPORT_INVALID',
      details: [{ path: '4000.email', message: 'Must be an email address.' }],
      meta: { errorCount: 1 },
    });
    expect(await countCandidates()).toBe(before);
  });

  it('imports 5,000 rows with their applications in one go, within a few seconds', async () => {
    const started = performance.now();
    const result = await recruiter.post('/api/candidates/import', {
      csv: csvOf(5000),
      mapping,
      jobId: job.id,
      stageId: job.stages[1]!.id,
    });
    const seconds = (performance.now() - started) / 1000;
    expect(result).toEqual({ created: 5000, merged: 0, applied: 5000 });
    expect(seconds).toBeLessThan(20);
    const board = await recruiter.get(`/api/jobs/${job.id}/board?cardsPerColumn=1`);
    expect(board.columns[1].count).toBe(5000);
    const [imported] = (await recruiter.get('/api/candidates?search=person4999')).candidates;
    expect(imported).toMatchObject({ email: 'person4999@example.test', timeZone: 'Asia/Tokyo' });
    expect((await recruiter.get('/api/candidates?search=tag3&limit=200')).candidates).toHaveLength(200);
  });

  it('streams its progress batch by batch to a client that asks for it, then the result', async () => {
    const csv = csvOf(1200, (index) => `Streamed ${index},streamed${index}@example.test,`);
    const response = await streamedImport({ csv, mapping, jobId: job.id });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('application/x-ndjson');
    expect(linesOf(response.body)).toEqual([
      { progress: { processed: 0, total: 1200 } },
      { progress: { processed: 500, total: 1200 } },
      { progress: { processed: 1000, total: 1200 } },
      { progress: { processed: 1200, total: 1200 } },
      { result: { created: 1200, merged: 0, applied: 1200 } },
    ]);
  });

  it('writes nothing when the database fails at a later batch, and ends the stream with an error line', async () => {
    // The file is valid; the database itself refuses one row of the third batch, as a failing disk or a
    // lost connection would, after two batches were written inside the transaction.
    const refusedEmail = 'midway1100@example.test';
    await parley.database.executeSql(
      `CREATE FUNCTION refuse_candidate_for_test() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.email = '${refusedEmail}' THEN RAISE EXCEPTION 'refused for the test'; END IF;
         RETURN NEW;
       END $$`,
    );
    await parley.database.executeSql(
      'CREATE TRIGGER refuse_candidate_for_test BEFORE INSERT ON candidates FOR EACH ROW EXECUTE FUNCTION refuse_candidate_for_test()',
    );
    try {
      const before = await countCandidates();
      const response = await streamedImport({
        csv: csvOf(1200, (index) => `Midway ${index},midway${index}@example.test,`),
        mapping,
        jobId: job.id,
      });
      expect(response.statusCode).toBe(200);
      expect(linesOf(response.body)).toEqual([
        { progress: { processed: 0, total: 1200 } },
        { progress: { processed: 500, total: 1200 } },
        { progress: { processed: 1000, total: 1200 } },
        {
          error: { code: 'INTERNAL_ERROR', message: 'Something went wrong on our side. Please try again.' },
        },
      ]);
      expect(await countCandidates()).toBe(before);
      expect((await recruiter.get('/api/candidates?search=midway1')).candidates).toEqual([]);
    } finally {
      await parley.database.executeSql('DROP TRIGGER refuse_candidate_for_test ON candidates');
      await parley.database.executeSql('DROP FUNCTION refuse_candidate_for_test()');
    }
  });

  it('refuses a bad file or a closed job with its own status before any progress streams', async () => {
    const bad = await streamedImport({ csv: 'Name,Email\nA,nope', mapping: { name: 0, email: 1 } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error).toMatchObject({ code: 'IMPORT_INVALID' });

    const admin = recruitingClient(parley, await parley.login('admin@import-co.test'));
    const closed = await admin.createJob({ title: 'Closed target', language: 'en' });
    await admin.post(`/api/jobs/${closed.id}/close`, { version: 1 });
    const refused = await streamedImport({
      csv: 'Name,Email\nA,late@example.test',
      mapping: { name: 0, email: 1 },
      jobId: closed.id,
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('JOB_CLOSED');
  });

  it('merges rows whose e-mail exists instead of creating them twice, and skips existing applications', async () => {
    const csv =
      'Name,Email,Phone,Tags\nSomeone Else,existing@example.test,+1 555,vip\nPerson 1,person1@example.test,,';
    const result = await recruiter.post('/api/candidates/import', {
      csv,
      mapping: { name: 0, email: 1, phone: 2, tags: 3 },
      jobId: job.id,
    });
    expect(result).toEqual({ created: 0, merged: 2, applied: 1 });
    const [existing] = (await recruiter.get('/api/candidates?search=existing%40')).candidates;
    expect(existing).toMatchObject({ name: 'Existing', phone: '+49 30 1', tags: ['vip'], version: 2 });
  });

  it('refuses a file with a duplicate e-mail, a stray quote, or a closed job', async () => {
    const duplicate = await recruiter.send('POST', '/api/candidates/import', {
      csv: 'Name,Email\nA,same@example.test\nB,SAME@example.test',
      mapping: { name: 0, email: 1 },
    });
    expect(duplicate.json().error.details).toEqual([
      { path: '3.email', message: 'This email address already appears on an earlier line of the file.' },
    ]);
    const stray = await recruiter.send('POST', '/api/candidates/import', {
      csv: 'Name,Email\nA "quoted" name,a@example.test',
      mapping: { name: 0, email: 1 },
    });
    expect(stray.json().error.details[0].path).toBe('2.csv');
  });
});
