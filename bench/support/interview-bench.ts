/**
 * What the interview benchmarks (`bench/schedule.ts`, `bench/lifecycle.ts`) share: a Parley on in-memory
 * PGlite with its embedded Zoom emulator, an organization with Zoom hosts and applications to schedule,
 * listening on a free port; the organization connection's own token for the bare Zoom calls measured beside
 * Parley; and the small arithmetic of a benchmark (a worker pool, percentiles).
 */
import type { ZoomRestOptions } from '@parley/zoom-client';
import { eq } from 'drizzle-orm';
import { zoomConnections } from '../../apps/server/src/db/zoom-schema.ts';
import {
  createInterviewWorld,
  type InterviewWorld,
} from '../../apps/server/src/interviews/testing/interview-test-world.ts';

/** Runs `work` for 0..count-1, at most `limit` at a time, and returns the results in index order. */
export async function inPool<T>(
  count: number,
  limit: number,
  work: (index: number) => Promise<T>,
): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: limit }, async () => {
      while (next < count) {
        const index = next++;
        results[index] = await work(index);
      }
    }),
  );
  return results;
}

/** The `p`th percentile (0–100) of `values`, by the nearest rank; NaN when there are none. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** The acme Zoom members `member<from+1>@acme.test` … as many as `count`. */
export function memberEmails(count: number, from = 0): string[] {
  return Array.from({ length: count }, (_, index) => `member${from + index + 1}@acme.test`);
}

/** A Parley ready for an interview benchmark (see {@link openInterviewBench}). */
export interface InterviewBench {
  world: InterviewWorld;
  parley: InterviewWorld['parley'];
  /** The listening server's address. */
  base: string;
  /** One application in the interview stage per interview to schedule. */
  applicationIds: string[];
  /** The recruiter's request headers (session cookie and CSRF token). */
  headers: Record<string, string>;
  /** Zoom REST options with the organization connection's token, for bare calls beside Parley's. */
  rest: ZoomRestOptions;
  /** The emulator's Zoom user ids of these e-mails, in their order. */
  zoomUserIds(emails: readonly string[]): string[];
  /** Sends a JSON request as the recruiter to Parley's HTTP API. */
  send(method: string, path: string, body: unknown): Promise<Response>;
  close(): Promise<void>;
}

/**
 * Starts Parley with an organization whose host candidates are `hostEmails` (Business-like hosts: 2
 * meetings at once) and `applications` applications to schedule, listening on a free port.
 */
export async function openInterviewBench(options: {
  hostEmails: readonly string[];
  applications: number;
}): Promise<InterviewBench> {
  const world = await createInterviewWorld();
  const { parley } = world;
  await world.addHosts(options.hostEmails.map((email) => ({ email, concurrentMeetings: 2 })));
  const applicationIds = await inPool(options.applications, 10, () =>
    world.newApplication('Bench Candidate'),
  );
  const base = await parley.app.listen({ port: 0, host: '127.0.0.1' });
  const [connection] = await parley.database.db
    .select()
    .from(zoomConnections)
    .where(eq(zoomConnections.id, world.connectionId));
  const headers = {
    'content-type': 'application/json',
    cookie: world.recruiter.cookie,
    'x-csrf-token': world.recruiter.csrfToken,
  };
  return {
    world,
    parley,
    base,
    applicationIds,
    headers,
    rest: {
      endpoints: parley.services.zoom.endpoints,
      accessToken: parley.services.secretBox.open(connection!.sealedAccessToken!),
    },
    zoomUserIds(emails) {
      const users = parley.emulator.control.snapshot().accounts.flatMap((account) => account.users);
      return emails.map((email) => users.find((user) => user.email === email)!.id!);
    },
    send: (method, path, body) => fetch(`${base}${path}`, { method, headers, body: JSON.stringify(body) }),
    async close() {
      parley.emulator.control.clearFaults();
      await parley.close();
    },
  };
}
