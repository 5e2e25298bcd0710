import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signInApi } from './support/api-session.ts';
import { chooseLanguage, useBrowserWorld } from './support/browser-world.ts';
import { expectNoSidewaysScroll, expectTablesFit, screenshot } from './support/page-layout.ts';

const world = useBrowserWorld();

async function logInAsAdmin(page: Page, language: 'en' | 'de' | 'ja') {
  await world.logIn(page, 'admin@demo.test');
  await page.waitForURL(/\/interviews$/);
  // The profile keeps the language of the test before: choose this one in the header's language select.
  await chooseLanguage(page, language);
}

async function changeRole(email: string, role: string) {
  const admin = await signInApi(world.parley.url, 'admin@demo.test');
  const { users } = await admin.request<{ users: { id: string; email: string }[] }>('GET', '/api/users');
  const user = users.find((candidate) => candidate.email === email)!;
  await admin.request('PATCH', `/api/users/${user.id}`, { role });
}

describe('the audit log', () => {
  it('says in German what happened, in sentences, with the table unclipped at 1280 px', async () => {
    const page = await world.browser.newPersonPage();
    await logInAsAdmin(page, 'de');
    await changeRole('recruiter@demo.test', 'admin');
    await changeRole('recruiter@demo.test', 'recruiter');
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`${world.parley.url}/settings/audit-log`);
    await page.getByRole('heading', { level: 1, name: 'Audit-Log' }).waitFor();
    const rows = page.getByRole('table').getByRole('row');
    await rows.nth(1).waitFor();
    const roleRow = rows.filter({ hasText: 'Rolle geändert' }).first();
    // The sentence names whose role changed (the latest change: back to Recruiter:in).
    await expect
      .poll(() => roleRow.innerText())
      .toMatch(/Demo Recruiter hat jetzt die Rolle Recruiter:in statt Admin\./);
    expect(await page.getByRole('table').innerText()).not.toMatch(/authType|via: |status: /);
    await expectNoSidewaysScroll(page);
    await expectTablesFit(page);

    const filter = page.getByLabel('Aktion');
    const groups = await filter
      .locator('optgroup')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('label')));
    expect(groups).toEqual([
      'Zoom',
      'Benutzer:innen und Anmeldung',
      'Stellen und Kandidat:innen',
      'Interviews',
      'Nachrichten',
    ]);
    expect(await filter.locator('option', { hasText: 'Interview geplant' }).count()).toBe(1);
    await screenshot(page, 'audit-de-1280');
    await page.close();
  });
});

describe('phones (375 px)', () => {
  it.each(['en', 'de', 'ja'] as const)(
    'folds the navigation into a menu and shows tables as cards without sideways scrolling (%s)',
    async (language) => {
      const page = await world.browser.newPersonPage();
      await page.setViewportSize({ width: 375, height: 812 });
      await logInAsAdmin(page, language);
      for (const path of ['/interviews', '/candidates', '/jobs', '/settings/users', '/settings/audit-log']) {
        await page.goto(`${world.parley.url}${path}`);
        await page.getByRole('heading', { level: 1 }).waitFor();
        await page
          .locator('main .loading')
          .waitFor({ state: 'detached' })
          .catch(() => {});
        await expectNoSidewaysScroll(page);
        await expectTablesFit(page);
        await screenshot(page, `phone-${language}${path.replaceAll('/', '-')}`);
      }

      const navigation = page.getByRole('navigation').first();
      const menuButton = navigation.getByRole('button');
      expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
      expect(await navigation.getByRole('link').first().isVisible()).toBe(false);
      const header = await page.locator('.app-header').boundingBox();
      expect(header!.height).toBeLessThan(80);
      await menuButton.click();
      expect(await menuButton.getAttribute('aria-expanded')).toBe('true');
      const links = navigation.getByRole('link');
      expect(await links.count()).toBe(4);
      await links.nth(1).click();
      await page.waitForURL(/\/candidates$/);
      expect(await menuButton.getAttribute('aria-expanded')).toBe('false');
      await page.close();
    },
  );
});
