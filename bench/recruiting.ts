/**
 * Recruiting benchmark: one organization with 50,000 candidates and 100,000 applications (50 jobs of
 * 2,000 applications each). Measures, through the real HTTP routes (`app.inject`), the candidate search's
 * first page and the board of a job with 2,000 applications, and next to each a bare indexed SELECT of the
 * same rows in the same database, so the API's own cost shows apart from the database's. Runs on PGlite
 * (in memory) and on PostgreSQL (a throwaway cluster, or the server in DATABASE_URL).
 * Run: `npm run bench:recruiting`.
 */
import { jobs } from '../apps/server/src/db/recruiting-schema.ts';
import { writeSearchTerms } from '../apps/server/src/recruiting/candidates/search-terms.ts';
import { createTestApp, type TestApp, type TestSession } from '../apps/server/src/test/create-test-app.ts';
import { startBenchPostgres } from './support/postgres-cluster.ts';

const candidateCount = 50_000;
const jobCount = 50;
const applicationsPerJob = 2_000;
const iterations = 60;
const warmup = 5;
const targetP95Ms = 150;

const firstNames = ['Anna', 'James', 'Lukas', 'Priya', 'Sophie', 'Marcus', 'Emily', 'Jonas', 'Aisha', 'Noah'];
const lastNames = [
  'Müller',
  'Carter',
  'Schneider',
  'Raman',
  'Turner',
  'Weber',
  'Nguyen',
  'Fischer',
  'Khan',
  'Brooks',
];
const japaneseNames = ['佐藤 美咲', '鈴木 健太', '高橋 陽菜', '田中 翔', '山田 太郎'];
/** Search words as people type them: a first name, a family name, a tag, an e-mail prefix, Japanese. */
const searches = ['anna', 'müller', 'tag7', 'c1234', 'carter sop', '山田', 'pri', 'wEbEr'];

interface Timing {
  p50: number;
  p95: number;
}

async function time(run: () => Promise<unknown>): Promise<Timing> {
  for (let index = 0; index < warmup; index += 1) await run();
  const samples: number[] = [];
  for (let index = 0; index < iterations; index += 1) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  const at = (quantile: number) =>
    samples[Math.min(samples.length - 1, Math.floor(quantile * samples.length))]!;
  return { p50: at(0.5), p95: at(0.95) };
}

/** The organization's data, written in bulk: candidates, their search terms, jobs and applications. */
async function populate(parley: TestApp, admin: TestSession): Promise<string> {
  const { database } = parley;
  const organizationId = admin.organizationId;
  const began = performance.now();
  const step = (name: string) =>
    console.log(`  … ${name} (${((performance.now() - began) / 1000).toFixed(0)} s)`);
  for (let index = 0; index < jobCount; index += 1) {
    const response = await parley.request({
      method: 'POST',
      url: '/api/jobs',
      as: admin,
      payload: { title: `Job ${index + 1}`, department: `Department ${index % 5}` },
    });
    if (response.statusCode !== 201) throw new Error(response.body);
  }
  step('jobs created');
  // One transaction without foreign-key triggers: a bulk load of rows that are consistent by construction.
  await database.transaction(async (tx) => {
    await tx.executeSql("SET LOCAL session_replication_role = 'replica'");
    await tx.executeSql(
      `INSERT INTO candidates (organization_id, name, email, time_zone, language, tags, created_at)
       SELECT $1::uuid,
              CASE WHEN i % 11 = 0 THEN ($4::text[])[1 + (i / 10) % 5]
                   ELSE ($2::text[])[1 + i % 10] || ' ' || ($3::text[])[1 + (i / 10) % 10] END,
              'c' || i || '@example.test', 'Europe/Berlin', 'en', ARRAY['tag' || (i % 50)],
              now() - make_interval(secs => i)
       FROM generate_series(1, ${candidateCount}) AS i`,
      [organizationId, firstNames, lastNames, japaneseNames],
    );
    step('candidates inserted');
    for (let offset = 0; offset < candidateCount; offset += 5_000) {
      const { rows } = await tx.executeSql(
        'SELECT id, name, email, tags FROM candidates WHERE organization_id = $1 ORDER BY email LIMIT 5000 OFFSET $2',
        [organizationId, offset],
      );
      await writeSearchTerms(tx, organizationId, rows as never, { replace: false });
    }
    step('search terms written');
    // Job k takes candidates k*1000 … k*1000+1999 (wrapping), so each candidate applies to two jobs.
    const candidateIds = (
      await tx.executeSql('SELECT id FROM candidates WHERE organization_id = $1 ORDER BY id', [
        organizationId,
      ])
    ).rows.map((row) => String(row.id));
    const stages = (
      await tx.executeSql(
        'SELECT s.id, s.job_id FROM job_stages s JOIN jobs j ON j.id = s.job_id WHERE j.organization_id = $1 ORDER BY j.created_at, j.id, s.position',
        [organizationId],
      )
    ).rows.map((row) => ({ id: String(row.id), jobId: String(row.job_id) }));
    const jobIds = [...new Set(stages.map((stage) => stage.jobId))];
    for (const [k, jobId] of jobIds.entries()) {
      const jobStages = stages.filter((stage) => stage.jobId === jobId);
      const picked = Array.from({ length: applicationsPerJob }, (_, offset) => offset);
      await tx.executeSql(
        `INSERT INTO applications (organization_id, candidate_id, job_id, stage_id, stage_entered_at)
         SELECT $1::uuid, candidate_id, $2::uuid, stage_id, now() - make_interval(secs => ordinality::int)
         FROM unnest($3::uuid[], $4::uuid[]) WITH ORDINALITY AS a(candidate_id, stage_id, ordinality)`,
        [
          organizationId,
          jobId,
          picked.map((offset) => candidateIds[(k * (candidateCount / jobCount) + offset) % candidateCount]),
          picked.map((offset) => jobStages[offset % jobStages.length]!.id),
        ],
      );
    }
  });
  step('applications inserted');
  await database.executeSql('ANALYZE');
  const [boardJob] = await database.db.select({ id: jobs.id }).from(jobs).limit(1);
  return boardJob!.id;
}

interface BackendResult {
  search: Timing;
  searchBare: Timing;
  board: Timing;
  boardBare: Timing;
}

async function measureBackend(): Promise<BackendResult> {
  const parley = await createTestApp();
  try {
    await parley.createOrganization('Bench Co', [{ role: 'admin' }]);
    const admin = await parley.login('admin@bench-co.test');
    const populated = performance.now();
    const boardJobId = await populate(parley, admin);
    const counts = await parley.database.executeSql(
      'SELECT (SELECT count(*) FROM candidates)::int AS candidates, (SELECT count(*) FROM applications)::int AS applications',
    );
    console.log(
      `  populated ${counts.rows[0]?.candidates} candidates, ${counts.rows[0]?.applications} applications in ` +
        `${((performance.now() - populated) / 1000).toFixed(1)} s`,
    );
    const get = async (url: string) => {
      const response = await parley.request({ method: 'GET', url, as: admin });
      if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
      return response.json();
    };

    let searchIndex = 0;
    const pages = new Map<string, string[]>();
    for (const search of searches) {
      const page = await get(`/api/candidates?search=${encodeURIComponent(search)}&limit=50`);
      if (page.candidates.length === 0) throw new Error(`no candidate found for ${search}`);
      pages.set(
        search,
        page.candidates.map((candidate: { id: string }) => candidate.id),
      );
    }
    const search = await time(() =>
      get(
        `/api/candidates?search=${encodeURIComponent(searches[searchIndex++ % searches.length]!)}&limit=50`,
      ),
    );
    const searchBare = await time(() =>
      parley.database.executeSql('SELECT * FROM candidates WHERE id = ANY($1::uuid[])', [
        pages.get(searches[searchIndex++ % searches.length]!),
      ]),
    );

    const board = await get(`/api/jobs/${boardJobId}/board`);
    const total = board.columns.reduce((sum: number, column: { count: number }) => sum + column.count, 0);
    if (total !== applicationsPerJob) throw new Error(`the board job has ${total} applications`);
    const cardIds = board.columns.flatMap((column: { applications: { id: string }[] }) =>
      column.applications.map((card) => card.id),
    );
    const boardTiming = await time(() => get(`/api/jobs/${boardJobId}/board`));
    const boardBare = await time(() =>
      parley.database.executeSql(
        `SELECT a.*, c.* FROM applications a JOIN candidates c ON c.id = a.candidate_id WHERE a.id = ANY($1::uuid[])`,
        [cardIds],
      ),
    );
    return { search, searchBare, board: boardTiming, boardBare };
  } finally {
    await parley.close();
  }
}

function line(label: string, measured: Timing, bare: Timing) {
  console.log(
    `  ${label.padEnd(34)} p50 ${measured.p50.toFixed(1).padStart(6)} ms  p95 ${measured.p95.toFixed(1).padStart(6)} ms` +
      `  bare SELECT p95 ${bare.p95.toFixed(1).padStart(5)} ms  ratio ${(measured.p95 / bare.p95).toFixed(1)}`,
  );
}

console.log(
  `Recruiting benchmark: ${candidateCount} candidates, ${jobCount * applicationsPerJob} applications, ${iterations} requests per measurement.`,
);
const postgres = startBenchPostgres();
let postgresResult: BackendResult;
try {
  process.env.DATABASE_URL = postgres.databaseUrl;
  console.log('PostgreSQL');
  postgresResult = await measureBackend();
  line('candidate search, first page', postgresResult.search, postgresResult.searchBare);
  line(`job board (${applicationsPerJob} applications)`, postgresResult.board, postgresResult.boardBare);
} finally {
  postgres.stop();
}
delete process.env.DATABASE_URL;
console.log('PGlite (in memory)');
const pglite = await measureBackend();
line('candidate search, first page', pglite.search, pglite.searchBare);
line(`job board (${applicationsPerJob} applications)`, pglite.board, pglite.boardBare);

const worst = Math.max(
  pglite.search.p95,
  pglite.board.p95,
  postgresResult.search.p95,
  postgresResult.board.p95,
);
const verdict = worst < targetP95Ms ? 'ok' : 'MISSED';
const ratio = (measured: Timing, bare: Timing) => (measured.p95 / bare.p95).toFixed(1);
console.log(
  `bench recruiting: pglite_search_p95_ms=${pglite.search.p95.toFixed(1)} pglite_board_p95_ms=${pglite.board.p95.toFixed(1)} ` +
    `pg_search_p95_ms=${postgresResult.search.p95.toFixed(1)} pg_board_p95_ms=${postgresResult.board.p95.toFixed(1)} ` +
    `ratio_to_bare pglite_search=${ratio(pglite.search, pglite.searchBare)} pglite_board=${ratio(pglite.board, pglite.boardBare)} ` +
    `pg_search=${ratio(postgresResult.search, postgresResult.searchBare)} pg_board=${ratio(postgresResult.board, postgresResult.boardBare)} ` +
    `target p95_ms<${targetP95Ms} ${verdict}`,
);
process.exit(verdict === 'ok' ? 0 : 1);
