import { readFileSync } from 'node:fs';
import { get } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { measureFirstLoads, pageBudgets } from '../scripts/check-web-size.ts';
import { useBrowserWorld } from './support/browser-world.ts';
import { DEMO_PASSWORD } from './support/start-parley.ts';

// Bound to every interface and logging at info, as `npm start` does by default.
const world = useBrowserWorld({ HOST: '0.0.0.0', LOG_LEVEL: 'info' });
const distDir = join(import.meta.dirname, '..', 'apps', 'web', 'dist');

describe('a first visit', () => {
  it('logs nothing in the console on the anonymous pages', async () => {
    const page = await world.browser.newPersonPage();
    const messages: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') messages.push(message.text());
    });
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${world.parley.url}/login`);
    await page.getByRole('heading', { level: 1, name: 'Log in to Parley' }).waitFor();
    await page.goto(`${world.parley.url}/zoom/result?flow=personal&outcome=connected`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(failed).toEqual([]);
    expect(messages).toEqual([]);
    await page.context().close();
  });

  it('sends a browser at another host name to PUBLIC_URL, where signing in works', async () => {
    const page = await world.browser.newPersonPage();
    const otherName = world.parley.url.replace('127.0.0.1', 'localhost');
    await page.goto(`${otherName}/settings/profile`);
    expect(page.url()).toBe(`${world.parley.url}/settings/profile`);
    await page.getByLabel('Email').fill('admin@demo.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    // Back on the page first asked for, signed in.
    await page.getByRole('navigation', { name: 'Settings' }).waitFor();
    expect(page.url()).toBe(`${world.parley.url}/settings/profile`);
    await page.context().close();
  });

  it('prints only PUBLIC_URL at start-up, not the address of every network interface', () => {
    expect(world.parley.output()).toContain(`Parley is running at ${world.parley.url}`);
    expect(world.parley.output()).not.toContain('Server listening at');
  });
});

describe('what the browser downloads', () => {
  it('gets scripts compressed (brotli or gzip) and cached for a year, index.html revalidated', async () => {
    const page = await world.browser.newPersonPage();
    const assets: { url: string; encoding?: string; cacheControl?: string }[] = [];
    page.on('response', async (response) => {
      if (!new URL(response.url()).pathname.startsWith('/assets/')) return;
      const headers = await response.allHeaders();
      assets.push({
        url: response.url(),
        encoding: headers['content-encoding'],
        cacheControl: headers['cache-control'],
      });
    });
    const document = await page.goto(`${world.parley.url}/login`);
    await page.getByRole('heading', { level: 1, name: 'Log in to Parley' }).waitFor();
    expect(document?.headers()['cache-control']).toBe('no-cache');
    const scripts = assets.filter((asset) => asset.url.endsWith('.js'));
    expect(scripts.length).toBeGreaterThan(1);
    for (const script of scripts) {
      expect(script.encoding, script.url).toBe('br');
      expect(script.cacheControl, script.url).toBe('public, max-age=31536000, immutable');
    }
    // The login page does not download the signed-in pages.
    const signedInPages =
      /\/(settings-layout|[a-z-]+-settings-page|audit-log-page|mailbox-page|my-zoom-page)-/;
    expect(scripts.filter((script) => signedInPages.test(script.url))).toEqual([]);
    await page.context().close();

    const gzip = await fetch(`${world.parley.url}${new URL(scripts[0]!.url).pathname}`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
  });

  it('sends the login page’s whole first load in at most 80 kB of gzip', async () => {
    const page = await world.browser.newPersonPage();
    const fetched = new Set<string>();
    page.on('request', (request) => {
      if (request.method() === 'GET' && request.url().startsWith(world.parley.url))
        fetched.add(request.url());
    });
    await page.goto(`${world.parley.url}/login`);
    await page.getByRole('heading', { level: 1, name: 'Log in to Parley' }).waitFor();
    await page.waitForLoadState('networkidle');
    await page.context().close();
    // Everything the browser asked for (document, scripts, styles, texts, icon, API), fetched again as a
    // browser that accepts only gzip receives it: the bytes on the wire, not the files on disk.
    const sizes = await Promise.all([...fetched].map(gzipTransferBytes));
    const total = sizes.reduce((sum, size) => sum + size, 0);
    const loginBudget = pageBudgets.find((budget) => budget.page === 'login')?.budget;
    expect(loginBudget).toBe(80_000);
    expect(fetched.size).toBeGreaterThan(3);
    expect(total).toBeLessThanOrEqual(80_000);
  });

  it('keeps every page’s first load within its budget (npm run check:web-size)', () => {
    const index = readFileSync(join(distDir, 'index.html'), 'utf8');
    expect(index).toContain('/assets/');
    for (const { page, budget, gzipBytes } of measureFirstLoads(distDir)) {
      expect(gzipBytes, page).toBeLessThanOrEqual(budget);
    }
  });
});

/** The body bytes a GET of `url` transfers to a client that accepts gzip (compressed, as sent). */
function gzipTransferBytes(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': 'gzip' } }, (response) => {
      let bytes = 0;
      response.on('data', (chunk: Buffer) => {
        bytes += chunk.length;
      });
      response.on('end', () => resolve(bytes));
      response.on('error', reject);
    }).on('error', reject);
  });
}
