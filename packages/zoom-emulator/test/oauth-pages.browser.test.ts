import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_REQUIRED_MESSAGE, type ZoomEmulator } from '../src/index.ts';
import { startTestEmulator } from './helpers/test-emulator.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The accessible names browser tests of apps rely on, checked in a real Chromium. */
describe.skipIf(!existsSync(CHROMIUM))('OAuth and control pages in a browser', () => {
  let emulator: ZoomEmulator;
  let browser: Browser;
  let callback: Server;
  let callbackUrl: string;

  beforeAll(async () => {
    emulator = await startTestEmulator();
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    callback = createServer((_, response) => response.end('back in the app'));
    await new Promise<void>((resolve) => callback.listen(0, '127.0.0.1', resolve));
    callbackUrl = `http://127.0.0.1:${(callback.address() as AddressInfo).port}/zoom/callback`;
  });
  afterAll(async () => {
    await browser?.close();
    callback?.close();
    await emulator?.close();
  });

  it('signs in, stops a member, switches user, allows, and uninstalls from the control page', async () => {
    const page = await browser.newPage();
    const query = new URLSearchParams({
      response_type: 'code',
      client_id: 'parley-org',
      redirect_uri: callbackUrl,
      state: 'st',
    });
    await page.goto(`${emulator.url}/oauth/authorize?${query}`);
    const signIn = async (email: string) => {
      await page.getByLabel('Email').fill(email);
      await page.getByLabel('Password').fill('zoom');
      await page.getByRole('button', { name: 'Sign In' }).click();
    };
    await signIn('member1@acme.test');
    await expect(page.getByRole('alert').textContent()).resolves.toBe(ADMIN_REQUIRED_MESSAGE);
    await page.getByRole('link', { name: 'Sign out' }).click();
    await signIn('admin@acme.test');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain(
      'Parley (organization)',
    );
    expect(await page.getByRole('list', { name: 'Requested scopes' }).getByRole('listitem').count()).toBe(9);
    await page.getByRole('button', { name: 'Allow' }).click();
    await page.waitForURL(/zoom\/callback\?code=.+&state=st$/);

    await page.goto(`${emulator.url}/_emulator/`);
    await page.getByRole('button', { name: 'Uninstall Parley (organization) from Acme Inc' }).click();
    await page.waitForLoadState('load');
    await expect
      .poll(() => emulator.control.snapshot().installations.map((item) => item.clientId))
      .toEqual(['parley-s2s']);
    await page.getByLabel('User email').fill('admin@acme.test');
    await page.getByLabel('Role').selectOption('member');
    await page.getByRole('button', { name: 'Change role' }).click();
    await expect
      .poll(
        () =>
          emulator.control.snapshot().accounts[0]!.users.find((user) => user.email === 'admin@acme.test')!
            .role,
      )
      .toBe('member');
  });
});
