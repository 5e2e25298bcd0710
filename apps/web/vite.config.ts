import type { IncomingMessage } from 'node:http';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

/** Where `npm run dev` forwards server paths; the Parley server listens on port 3000 by default. */
const apiTarget = process.env.PARLEY_API_URL ?? 'http://127.0.0.1:3000';

/** Paths the Parley server answers itself; everything else is the single-page app. */
const serverPaths = ['/api', '/healthz', '/readyz', '/metrics', '/webhooks', '/oauth'];

/**
 * The server checks `Origin` on requests without a session (login, invitation acceptance) against its own
 * origin. Through the dev proxy the browser's origin is the Vite server's, so a same-origin request would be
 * refused; drop `Origin` only when it names this dev server, and let foreign origins through to be refused.
 */
function forwardWithoutOwnOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  const host = request.headers.host;
  return origin !== undefined && host !== undefined && new URL(origin).host === host;
}

const proxyToServer: ProxyOptions = {
  target: apiTarget,
  changeOrigin: true,
  // X-Forwarded-Host names this dev server, which is PUBLIC_URL in development: the server does not redirect.
  xfwd: true,
  configure: (proxy) => {
    proxy.on('proxyReq', (proxyRequest, request) => {
      if (forwardWithoutOwnOrigin(request)) proxyRequest.removeHeader('origin');
    });
  },
};

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  server: {
    port: 5173,
    proxy: Object.fromEntries(serverPaths.map((path) => [path, proxyToServer])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads first (scripts/check-web-size.ts reads it).
    manifest: true,
  },
});
