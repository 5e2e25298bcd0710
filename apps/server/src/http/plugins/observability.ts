import { healthSchema, readinessSchema } from '@parley/api-contract';
import type { FastifyInstance } from 'fastify';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Database } from '../../db/database.ts';
import { workMetrics } from '../../metrics/meeting-metrics.ts';

/** What `/readyz` checks: each resolves when its part can serve, and rejects otherwise. */
export interface ReadinessChecks {
  database(): Promise<unknown>;
  queue(): Promise<unknown>;
}

const readinessTimeoutMs = 3_000;

function withTimeout(check: () => Promise<unknown>): Promise<'ok' | 'failing'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), readinessTimeoutMs);
  });
  return Promise.race([check(), timeout])
    .then(
      () => 'ok' as const,
      () => 'failing' as const,
    )
    .finally(() => clearTimeout(timer));
}

/**
 * `/healthz` (process alive), `/readyz` (database and job queue answer) and `/metrics` (Prometheus:
 * Node.js defaults, an HTTP request histogram, job counts by queue and state, the oldest due job's age,
 * and Parley's work metrics — Zoom calls, meeting retries and failures, see docs/operations.md).
 */
export function registerObservability(
  app: FastifyInstance,
  database: Database,
  checks: ReadinessChecks,
): void {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requestDuration = new Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by method, route and status code',
    labelNames: ['method', 'route', 'status_code'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'parley_jobs',
    help: 'Background jobs by queue and state (pg-boss)',
    labelNames: ['queue', 'state'],
    registers: [registry],
    async collect() {
      this.reset();
      const { rows } = await database.executeSql(
        'SELECT name, state::text AS state, count(*)::int AS total FROM pgboss.job GROUP BY name, state',
      );
      for (const row of rows)
        this.set({ queue: String(row.name), state: String(row.state) }, Number(row.total));
    },
  });

  new Gauge({
    name: 'parley_jobs_oldest_due_seconds',
    help: 'Age of the oldest job that is due but not started, by queue (0 when none waits): how far behind the workers are',
    labelNames: ['queue'],
    registers: [registry],
    async collect() {
      this.reset();
      const { rows } = await database.executeSql(
        `SELECT name, COALESCE(EXTRACT(EPOCH FROM now() - min(start_after)), 0)::float AS age
           FROM pgboss.job WHERE state IN ('created', 'retry') AND start_after <= now() GROUP BY name`,
      );
      for (const row of rows) this.set({ queue: String(row.name) }, Number(row.age));
    },
  });
  const served = Registry.merge([registry, workMetrics]);

  app.addHook('onResponse', async (request, reply) => {
    requestDuration.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status_code: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
  });

  const publicRoute = { config: { access: 'public' as const } };
  const health = { tags: ['platform'], response: { 200: healthSchema } };
  const readiness = { tags: ['platform'], response: { 200: readinessSchema, 503: readinessSchema } };
  app.get('/healthz', { ...publicRoute, schema: health }, async () => ({ status: 'ok' }));
  app.get('/readyz', { ...publicRoute, schema: readiness }, async (_request, reply) => {
    const [databaseState, queueState] = await Promise.all([
      withTimeout(checks.database),
      withTimeout(checks.queue),
    ]);
    const ready = databaseState === 'ok' && queueState === 'ok';
    return reply
      .code(ready ? 200 : 503)
      .send({ status: ready ? 'ok' : 'failing', checks: { database: databaseState, queue: queueState } });
  });
  app.get('/metrics', publicRoute, async (_request, reply) =>
    reply.type(served.contentType).send(await served.metrics()),
  );
}
