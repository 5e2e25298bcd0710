import { existsSync } from 'node:fs';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppErrorCode } from '../../errors/app-error.ts';
import { serverRoot } from '../../server-root.ts';
import { sendError } from './errors.ts';

/** Where `npm run build` puts the web app. */
export const defaultWebDistDir = path.join(serverRoot, '..', 'web', 'dist');

/** Paths the SPA never owns: unknown ones there are a JSON 404, not index.html. */
function isServerPath(url: string): boolean {
  return url.startsWith('/api/') || url === '/api' || url.startsWith('/webhooks/');
}

/**
 * A request for a file (`/assets/app.js`, `/favicon.ico`): the last segment ends in a short extension. Link
 * tokens contain dots too (`/zoom/admin-authorize/<random>.<expiry>.<signature>`), but never end in one.
 */
const filePattern = /\.[a-z0-9]{1,8}$/i;

/** A client-side route such as `/settings/users`: GET, and the last segment is not a file name. */
function isSpaRoute(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const pathname = request.url.split('?')[0] ?? '/';
  return !isServerPath(pathname) && !filePattern.test(path.posix.basename(pathname));
}

/**
 * Serves the built SPA from `webDistDir` when it exists: hashed assets cached for a year, everything
 * else revalidated, and `index.html` for client-side routes. The `.br`/`.gz` files the web build writes
 * beside each text file are sent when the browser accepts them. Unknown API paths answer 404 NOT_FOUND.
 */
export async function registerWebApp(app: FastifyInstance, webDistDir: string): Promise<void> {
  const hasWebApp = existsSync(path.join(webDistDir, 'index.html'));
  if (hasWebApp) {
    await app.register(fastifyStatic, {
      root: webDistDir,
      index: 'index.html',
      wildcard: true,
      preCompressed: true,
      setHeaders(response, filePath) {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        response.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    if (!isSpaRoute(request)) return sendError(request, reply, AppErrorCode.NotFound);
    if (!hasWebApp) {
      return reply
        .code(404)
        .type('text/plain; charset=utf-8')
        .send(
          'The Parley web app is not built yet. Run `npm run build`, or start with `npm start`, which builds it.',
        );
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
