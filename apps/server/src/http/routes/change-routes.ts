import type { ServerResponse } from 'node:http';
import { errorSchema } from '@parley/api-contract';
import { z } from 'zod';
import type { Change } from '../../changes/change-feed.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';

/** Timings of the change stream; tests shorten them. */
export interface ChangeStreamTimings {
  /** A comment line this often keeps proxies (which drop idle connections after ~60 s) from closing it. */
  heartbeatMs: number;
  /**
   * The stream ends after this long and the browser reconnects at once. The reconnect checks the session
   * again, so a page whose session ended (logout elsewhere, deactivation) stops hearing within this time.
   */
  maxLifetimeMs: number;
  /** What the stream tells the browser to wait before reconnecting after a lost connection. */
  retryMs: number;
}

const defaultTimings: ChangeStreamTimings = {
  heartbeatMs: 25_000,
  maxLifetimeMs: 10 * 60_000,
  retryMs: 2_000,
};

function writeEvent(stream: ServerResponse, event: 'ready' | 'change', data: object): void {
  stream.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

/**
 * `GET /api/changes`: a Server-Sent Events stream of what changed in the signed-in user's organization
 * (`event: change`, `data: {"topic":"zoom"}`), so open pages refetch instead of showing stale state.
 */
export function registerChangeRoutes(
  app: ApiApp,
  services: Pick<Services, 'changes'>,
  timings: ChangeStreamTimings = defaultTimings,
): void {
  const openStreams = new Set<() => void>();
  // Open streams never go idle: end them first, or closing the server would wait for them.
  app.addHook('preClose', async () => {
    for (const end of [...openStreams]) end();
  });

  app.get(
    '/api/changes',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['me'],
        summary: 'What changes in your organization, as Server-Sent Events',
        description:
          'A `text/event-stream`. First `event: ready` (after a reconnect: refetch everything, changes may have been missed), ' +
          'then `event: change` with `{"topic": "zoom" | "accounts" | "interviews" | "everything"}` whenever data of that topic changes, ' +
          'from any instance. A comment line every 25 s keeps the connection open; the stream ends after 10 minutes and ' +
          'the browser reconnects (EventSource does so by itself), which checks the session again.',
        response: { 200: z.string().describe('text/event-stream'), 401: errorSchema },
      },
    },
    (request, reply) => {
      const stream = reply.raw;
      reply.hijack();
      stream.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        // nginx buffers responses unless told not to; a buffered event arrives minutes late.
        'x-accel-buffering': 'no',
      });
      stream.write(`retry: ${timings.retryMs}\n\n`);
      writeEvent(stream, 'ready', {});
      const unsubscribe = services.changes.subscribe(
        request.session!.actor.organizationId,
        (change: Change) => writeEvent(stream, 'change', change),
      );
      const heartbeat = setInterval(() => stream.write(': heartbeat\n\n'), timings.heartbeatMs);
      const lifetime = setTimeout(() => end(), timings.maxLifetimeMs);
      const end = () => {
        if (!openStreams.delete(end)) return;
        clearInterval(heartbeat);
        clearTimeout(lifetime);
        unsubscribe();
        stream.end();
      };
      openStreams.add(end);
      stream.on('close', end);
    },
  );
}
