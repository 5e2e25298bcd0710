import type { FastifyInstance, FastifyRequest } from 'fastify';

/**
 * Paths that keep answering on any host name: machines call them by whatever address reaches the process
 * (load balancers' health checks, Prometheus, Zoom's webhooks, API clients), and none of them carries a
 * browser session that another host name would lose.
 */
function answersOnAnyHost(pathname: string): boolean {
  return (
    pathname === '/api' ||
    pathname.startsWith('/api/') ||
    pathname.startsWith('/webhooks/') ||
    pathname === '/healthz' ||
    pathname === '/readyz' ||
    pathname === '/metrics'
  );
}

/** The host the browser asked for: a reverse proxy's `X-Forwarded-Host` when it sends one, else `Host`. */
function requestedHost(request: FastifyRequest): string | undefined {
  const forwarded = request.headers['x-forwarded-host'];
  const host = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
  return (host || request.headers.host)?.toLowerCase();
}

/**
 * Sends a browser that reached Parley under another name (`127.0.0.1:3000`, the machine's LAN address)
 * to the same path on `PUBLIC_URL` before any page loads. The session cookie belongs to one host and
 * Zoom returns to `PUBLIC_URL` after OAuth, so a page under another name would come back logged out.
 * Only GET and HEAD are redirected: a form post or API call never starts on a page of another host.
 */
export function registerCanonicalHost(app: FastifyInstance, publicUrl: string): void {
  const publicOrigin = new URL(publicUrl);
  // PORT=0 without PUBLIC_URL: there is no fixed address to send people to.
  if (publicOrigin.port === '0') return;
  const publicHost = publicOrigin.host.toLowerCase();
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return;
    if (answersOnAnyHost(request.url.split('?')[0] ?? '/')) return;
    const host = requestedHost(request);
    if (host === undefined || host === publicHost) return;
    return reply.redirect(`${publicUrl}${request.url}`, 308);
  });
}
