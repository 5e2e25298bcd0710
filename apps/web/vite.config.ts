import type { IncomingMessage } from 'node:http';
import { defineConfig, type ProxyOptions, type Rolldown } from 'vite';

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

/**
 * The app is written against React's API but runs on Preact (preact/compat), which is ~10 kB of gzip where
 * React DOM is ~60: the login page's first load stays within its budget (scripts/check-web-size.ts).
 * The libraries that import React (React Router, react-i18next, TanStack Query, FullCalendar's React
 * adapter) get preact/compat too, and FullCalendar's own Preact is the same copy (`dedupe`).
 */
const reactOnPreact = [
  { find: /^react$/, replacement: 'preact/compat' },
  { find: /^react-dom$/, replacement: 'preact/compat' },
  { find: /^react-dom\/client$/, replacement: 'preact/compat/client' },
  { find: /^react\/jsx-runtime$/, replacement: 'preact/compat/jsx-runtime' },
  { find: /^react\/jsx-dev-runtime$/, replacement: 'preact/compat/jsx-dev-runtime' },
];

/**
 * Chunks that a first visit downloads together, so that each compresses as one (many small files each
 * compress worse and add a request): the libraries every page needs, and the app's start-up modules
 * (shell, session, the login page and what it shares with the other pages). Pages stay chunks of their own.
 */
const codeSplitting: Rolldown.CodeSplittingOptions = {
  groups: [
    {
      name: 'framework',
      test: /node_modules[\\/](?:preact|react-router|react-router-dom|i18next|react-i18next|@tanstack|use-sync-external-store)[\\/]/,
    },
    { name: 'app', test: /apps[\\/]web[\\/]src[\\/]/, tags: ['$initial'] },
  ],
};

/**
 * Build messages that are expected and would bury real ones: React Router reads React 19's `use` and
 * `useOptimistic` only where React has them (preact/compat has neither), and the libraries' "use client"
 * marks mean nothing in a single-page app.
 */
function quietExpectedLogs(level: string, log: Rolldown.RolldownLog, handler: Rolldown.LogOrStringHandler) {
  if (log.code === 'IMPORT_IS_UNDEFINED' && /node_modules[\\/]react-router[\\/]/.test(log.id ?? '')) return;
  if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('"use client"')) return;
  handler(level as Rolldown.LogLevel, log);
}

export default defineConfig({
  root: import.meta.dirname,
  // JSX compiles to Preact's runtime; without React's plugin an edited component reloads the page in dev.
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: reactOnPreact, dedupe: ['preact'] },
  server: {
    port: 5173,
    proxy: Object.fromEntries(serverPaths.map((path) => [path, proxyToServer])),
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: which chunks each page loads first (scripts/check-web-size.ts reads it).
    manifest: true,
    rolldownOptions: { output: { codeSplitting }, onLog: quietExpectedLogs },
  },
});
