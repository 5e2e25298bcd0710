// A process that uses the real database and job queue, for the kill -9 tests in job-queue.test.ts.
//   enqueue <greeting>: commits a data change and a job in one transaction, prints "committed <id>", waits.
//   hang <greeting>: enqueues a job and works it, but the run prints "started <greeting>" and never ends
//     (to be killed mid-run).
//   work: starts the workers and prints "ran <greeting>" for every job it runs.

import pino from 'pino';
import { z } from 'zod';
import { openDatabase } from '../../db/open-database.ts';
import { auditEvents } from '../../db/schema.ts';
import { defineJob } from '../job-definition.ts';
import { createJobQueue } from '../job-queue.ts';

const [mode, greeting] = process.argv.slice(2);

const recordGreeting = defineJob({
  name: 'test-record-greeting-v1',
  payload: z.object({ greeting: z.string() }),
  retry: { limit: 2, delaySeconds: 1, backoff: false },
  // A short job: a lost run is taken up again within seconds of its expiry.
  expireInSeconds: 5,
  concurrency: 1,
  async handle({ greeting }) {
    console.log(`started ${greeting}`);
    if (mode === 'hang') await new Promise(() => {});
    console.log(`ran ${greeting}`);
  },
});

const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATA_DIR ?? '',
});
const queue = createJobQueue({ database, jobs: [recordGreeting], logger: pino({ level: 'warn' }) });
await queue.start();

if (mode === 'enqueue' || mode === 'hang') {
  if (mode === 'hang') await queue.work(undefined);
  const jobId = await database.transaction(async (tx) => {
    await tx.db
      .insert(auditEvents)
      .values({ action: 'test.greeting', result: 'success', metadata: { greeting } });
    return queue.enqueue(tx, recordGreeting, { greeting: greeting ?? '' });
  });
  console.log(`committed ${jobId}`);
  setInterval(() => {}, 60_000);
} else {
  await queue.work(undefined);
  console.log('working');
  process.once('SIGTERM', async () => {
    await queue.stop();
    await database.close();
    process.exit(0);
  });
}
