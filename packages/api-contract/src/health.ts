import { z } from 'zod';

/** `GET /healthz`: the process is alive. */
export const healthSchema = z.object({ status: z.literal('ok') });
export type HealthStatus = z.infer<typeof healthSchema>;

/** `GET /readyz`: whether the database and the job queue answer (200 `ok`, else 503 `failing`). */
export const readinessSchema = z.object({
  status: z.enum(['ok', 'failing']),
  checks: z.record(z.string(), z.enum(['ok', 'failing'])),
});
export type ReadinessStatus = z.infer<typeof readinessSchema>;
