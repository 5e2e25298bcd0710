#!/usr/bin/env node
// Development mode: the server restarts when its code changes (node --watch), and the Vite dev server
// serves the web app with hot reload on http://localhost:5173, proxying API calls to the server.
import { spawn } from 'node:child_process';

const webPort = process.env.WEB_PORT ?? '5173';
const children = [
  spawn(process.execPath, ['--watch', '--import', 'tsx', 'apps/server/src/main.ts'], {
    stdio: 'inherit',
    env: { PUBLIC_URL: `http://localhost:${webPort}`, ...process.env },
  }),
  spawn('npm', ['run', 'dev', '-w', '@parley/web', '--', '--port', webPort, '--strictPort'], {
    stdio: 'inherit',
  }),
];

function stopAll(signal) {
  for (const child of children) if (child.exitCode === null) child.kill(signal);
}
process.on('SIGINT', () => stopAll('SIGINT'));
process.on('SIGTERM', () => stopAll('SIGTERM'));
for (const child of children) {
  child.on('exit', (code) => {
    stopAll('SIGTERM');
    process.exitCode = code ?? 0;
  });
}
