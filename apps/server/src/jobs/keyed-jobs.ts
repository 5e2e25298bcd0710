import type { SqlExecutor, Transaction } from '../db/database.ts';

/** What a runner needs of a fetched job. */
export interface FetchedJob {
  id: string;
  data: unknown;
  retryCount: number;
}

/**
 * Takes up to `batchSize` jobs of a keyed (pg-boss `stately`) queue and marks them active: the oldest
 * waiting job of each key that has no active job.
 *
 * Why not pg-boss's `fetch`: it takes the oldest waiting jobs whatever their key, and marking one active
 * while its key already has an active job breaks the queue's unique index, which fails the whole
 * statement. pg-boss swallows that error and answers "no jobs", so while one interview's operation ran, a
 * second one waiting for it blocked every other interview's work behind it until the first ended. Here a key
 * with an active run is skipped, and the others run.
 *
 * Two instances fetching at once can still each take a different waiting job of the same key (one new, one
 * to be retried): one of the two statements then fails with a unique violation, which the caller retries.
 */
export async function fetchKeyedJobs(
  executor: SqlExecutor,
  queueName: string,
  batchSize: number,
): Promise<FetchedJob[]> {
  const result = await executor.executeSql(
    `WITH next AS (
       SELECT id, singleton_key, priority, created_on
       FROM pgboss.job waiting
       WHERE name = $1
         AND state < 'active'
         AND start_after < now()
         AND NOT EXISTS (
           SELECT 1 FROM pgboss.job running
           WHERE running.name = $1
             AND running.state = 'active'
             AND COALESCE(running.singleton_key, '') = COALESCE(waiting.singleton_key, '')
         )
       ORDER BY priority DESC, created_on, id
       LIMIT $2
       FOR UPDATE SKIP LOCKED
     ), first_per_key AS (
       SELECT id, row_number() OVER (
         PARTITION BY COALESCE(singleton_key, '') ORDER BY priority DESC, created_on, id
       ) AS place
       FROM next
     )
     UPDATE pgboss.job job SET
       state = 'active',
       started_on = now(),
       retry_count = CASE WHEN job.started_on IS NOT NULL THEN job.retry_count + 1 ELSE job.retry_count END
     FROM first_per_key
     WHERE job.name = $1 AND job.id = first_per_key.id AND first_per_key.place = 1
     RETURNING job.id, job.data, job.retry_count AS "retryCount"`,
    [queueName, batchSize],
  );
  return result.rows.map((row) => ({
    id: String(row.id),
    data: row.data,
    retryCount: Number(row.retryCount),
  }));
}

/**
 * Locks the job waiting for `key` (not yet started), if there is one, until `tx` ends, and returns its id.
 * Fetches skip locked jobs, so that job cannot start before `tx` commits: it then reads what `tx` changed.
 */
export async function holdWaitingKeyedJob(
  tx: Transaction,
  queueName: string,
  key: string,
): Promise<string | undefined> {
  const result = await tx.executeSql(
    `SELECT id FROM pgboss.job
     WHERE name = $1 AND singleton_key = $2 AND state = 'created'
     FOR UPDATE`,
    [queueName, key],
  );
  const [row] = result.rows;
  return row ? String(row.id) : undefined;
}
