// A process that uses the real database and job queue, for the kill -9 test in job-queue.test.ts.
//   enqueue <greeting>: commits a data change and a job in one transaction, prints "committed <id>", waits.
//   work: starts the workers and prints "ran <greeting>" for every job it runs.

import pino from 'pino';
import { z } from 'zod';
import { openDatabase } from '../../db/open-database.ts';
import { auditEvents } from '../../db/schema.ts';
import { defineJob } from '../job-definition.ts';
import { createJobQueue } from '../job-queue.ts';

const recordGreeting = defineJob({
  name: 'test-record-greeting-v1',
  payload: z.object({ greeting: z.string() }),
  retry: { limit: 0, delaySeconds: 1, backoff: false },
  async handle({ greeting }) {
    console.log(`ran ${greeting}`);
  },
});

const [mode, greeting] = process.argv.slice(2);
const database = await openDatabase({
  databaseUrl: process.env.DATABASE_URL,
  dataDir: process.env.DATA_DIR ?? '',
});
const queue = createJobQueue({
  database,
  jobs: [recordGreeting],
  logger: pino({ level: 'warn' }),
  pollingIntervalSeconds: 0.5,
});
await queue.start();

if (mode === 'enqueue') {
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
