import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { brotliCompressSync, brotliDecompressSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, testPassword } from '../test/create-test-app.ts';

let parley: TestApp;
let webDistDir: string;
const logLines: string[] = [];

beforeAll(async () => {
  webDistDir = await mkdtemp(path.join(os.tmpdir(), 'parley-web-'));
  await mkdir(path.join(webDistDir, 'assets'));
  await writeFile(path.join(webDistDir, 'index.html'), '<!doctype html><title>Parley SPA</title>');
  await writeFile(path.join(webDistDir, 'assets', 'app-1234.js'), 'console.log("app")');
  // What scripts/build-web.mjs writes beside each text file.
  for (const file of ['index.html', 'assets/app-1234.js']) {
    const content = await readFile(path.join(webDistDir, file));
    await writeFile(path.join(webDistDir, `${file}.br`), brotliCompressSync(content));
    await writeFile(path.join(webDistDir, `${file}.gz`), gzipSync(content));
  }
  const logDestination = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(String(chunk));
      done();
    },
  });
  parley = await createTestApp({ webDistDir, logDestination });
  await parley.createOrganization('Platform Co', [{ role: 'admin' }]);
});

afterAll(async () => {
  await parley?.close();
  await rm(webDistDir, { recursive: true, force: true });
});

describe('operations endpoints', () => {
  it('GET /healthz answers 200 while the process lives', async () => {
    const response = await parley.request({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  it('GET /readyz reports the database and the queue', async () => {
    const response = await parley.request({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', checks: { database: 'ok', queue: 'ok' } });
  });

  it('GET /metrics serves Prometheus text with process, HTTP and job metrics', async () => {
    await parley.request({ method: 'GET', url: '/healthz' });
    const response = await parley.request({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/plain');
    expect(response.body).toContain('process_cpu_user_seconds_total');
    expect(response.body).toMatch(
      /http_request_duration_seconds_count\{method="GET",route="\/healthz",status_code="200"\} \d+/,
    );
    expect(response.body).toContain('# TYPE parley_jobs gauge');
  });

  it('serves the OpenAPI description at /api/docs/json and its UI at /api/docs', async () => {
    const document = (await parley.request({ method: 'GET', url: '/api/docs/json' })).json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/auth/login', '/api/me', '/api/users/{id}']),
    );
    expect(Object.keys(document.components.schemas)).toEqual(
      expect.arrayContaining(['Me', 'User', 'Invitation']),
    );
    const ui = await parley.request({ method: 'GET', url: '/api/docs/' });
    expect(ui.statusCode).toBe(200);
    expect(ui.headers['content-type']).toContain('text/html');
  });

  it('sends security headers', async () => {
    const response = await parley.request({ method: 'GET', url: '/api/me' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['strict-transport-security']).toBeUndefined();
  });

  it('keeps every API answer out of caches (Cache-Control: no-store), signed in or not, errors included', async () => {
    const session = await parley.login('admin@platform-co.test');
    const answers = [
      await parley.request({ method: 'GET', url: '/api/me', as: session }),
      await parley.request({ method: 'GET', url: '/api/users', as: session }),
      await parley.request({ method: 'PATCH', url: '/api/me', as: session, payload: { name: 'Ada' } }),
      await parley.request({ method: 'GET', url: '/api/me' }),
      await parley.request({ method: 'GET', url: '/api/no-such-thing', as: session }),
    ];
    for (const response of answers) expect(response.headers['cache-control']).toBe('no-store');
    const docs = await parley.request({ method: 'GET', url: '/api/docs/json' });
    expect(docs.headers['cache-control']).not.toBe('no-store');
  });
});

describe('the web app', () => {
  it('serves index.html for client-side routes, including invitation and Zoom admin links', async () => {
    const adminLink =
      '/zoom/admin-authorize/mZ3k-q_9aB8xY2wV7uT6sR5pO4nM3lK2.1795000000.0aB1-cD2_eF3gH4iJ5kL6mN7oP8qR9sT0uV1wX2yZ3aB4';
    for (const url of ['/', '/login', '/settings/users', '/invitations/some-token?x=1', adminLink]) {
      const response = await parley.request({ method: 'GET', url });
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toContain('Parley SPA');
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache and 404s for missing files', async () => {
    const asset = await parley.request({ method: 'GET', url: '/assets/app-1234.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['cache-control']).toContain('immutable');
    for (const url of ['/assets/missing.js', '/favicon.ico', '/assets/missing.woff2']) {
      expect((await parley.request({ method: 'GET', url })).statusCode, url).toBe(404);
    }
  });

  it('sends a page asked for under another host name to the same path on PUBLIC_URL', async () => {
    for (const host of ['127.0.0.1:3000', '192.168.1.20:3000', 'localhost:3000']) {
      const page = await parley.request({ method: 'GET', url: '/settings/zoom?tab=1', headers: { host } });
      expect(page.statusCode, host).toBe(308);
      expect(page.headers.location).toBe('http://parley.test/settings/zoom?tab=1');
    }
    const behindProxy = await parley.request({
      method: 'GET',
      url: '/login',
      headers: { host: 'parley-internal:3000', 'x-forwarded-host': 'parley.test' },
    });
    expect(behindProxy.statusCode).toBe(200);
  });

  it('answers machines on any host name: health, metrics, API, webhooks', async () => {
    const host = '10.0.0.7:3000';
    for (const url of ['/healthz', '/readyz', '/metrics']) {
      expect((await parley.request({ method: 'GET', url, headers: { host } })).statusCode, url).toBe(200);
    }
    const api = await parley.request({ method: 'GET', url: '/api/me', headers: { host } });
    expect(api.statusCode).toBe(401);
    const webhook = await parley.request({
      method: 'POST',
      url: '/webhooks/zoom',
      headers: { host },
      payload: {},
    });
    expect(webhook.statusCode).not.toBe(308);
  });

  it('sends the pre-compressed file the browser accepts, with the cache policy of the original', async () => {
    const brotli = await parley.request({
      method: 'GET',
      url: '/assets/app-1234.js',
      headers: { 'accept-encoding': 'gzip, deflate, br, zstd' },
    });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotli.headers['content-type']).toContain('javascript');
    expect(brotli.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.vary).toContain('accept-encoding');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe('console.log("app")');

    const gzip = await parley.request({
      method: 'GET',
      url: '/settings/users',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.statusCode).toBe(200);
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-type']).toContain('text/html');
    expect(gzip.headers['cache-control']).toBe('no-cache');

    const plain = await parley.request({ method: 'GET', url: '/assets/app-1234.js' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe('console.log("app")');
  });

  it('never answers index.html for /api or /webhooks', async () => {
    for (const url of ['/api/unknown', '/webhooks/zoom']) {
      const response = await parley.request({ method: 'GET', url });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('NOT_FOUND');
    }
  });
});

describe('logs', () => {
  it('never contain passwords, session cookies, CSRF tokens or invitation tokens', async () => {
    const session = await parley.login('admin@platform-co.test');
    await parley.request({ method: 'GET', url: '/api/invitations/by-token/SECRET-INVITATION-TOKEN' });
    await parley.request({ method: 'GET', url: '/invitations/SECRET-LINK-TOKEN' });
    await parley.request({ method: 'PATCH', url: '/api/me', as: session, payload: { name: 'Logged' } });
    const log = logLines.join('');
    expect(log).toContain('/api/invitations/by-token/[redacted]');
    expect(log).toContain('/invitations/[redacted]');
    for (const secret of [
      testPassword,
      'SECRET-INVITATION-TOKEN',
      'SECRET-LINK-TOKEN',
      session.cookie.split('=')[1]!,
      session.csrfToken,
    ]) {
      expect(log).not.toContain(secret);
    }
  });
});

describe('readiness when a part is down', () => {
  it('answers 503 naming the failing check', async () => {
    await parley.services.queue.stop();
    const response = await parley.request({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'failing', checks: { database: 'ok', queue: 'failing' } });
  });
});
