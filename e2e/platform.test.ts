import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserWorld } from './support/browser-world.ts';
import { DEMO_PASSWORD } from './support/start-parley.ts';

const world = useBrowserWorld();

function logIn(page: Page, email: string, password = DEMO_PASSWORD) {
  return world.logIn(page, email, { password, landing: /Interviews/i });
}

/** The signed-in user as the API reports it, fetched with the page's own session cookie. */
async function readMe(
  page: Page,
): Promise<{ user: { email: string; role: string; name: string; language: string } }> {
  const response = await page.request.get(`${world.parley.url}/api/me`);
  return response.json();
}

async function logOut(page: Page, userMenuName: RegExp) {
  await page.getByRole('button', { name: userMenuName }).click();
  await page.getByRole('button', { name: 'Log out' }).click();
  await page.getByRole('heading', { level: 1, name: 'Log in to Parley' }).waitFor();
}

async function settingsLinks(page: Page): Promise<string[]> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('navigation', { name: 'Settings' }).waitFor();
  return page.getByRole('navigation', { name: 'Settings' }).getByRole('link').allInnerTexts();
}

describe('logging in', () => {
  it('shows an error for a wrong password and stays on the login page', async () => {
    const page = await world.browser.newPage();
    await page.goto(`${world.parley.url}/login`);
    await page.getByLabel('Email').fill('admin@demo.test');
    await page.getByLabel('Password').fill('not-the-password');
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/email|password/i);
    expect(new URL(page.url()).pathname).toBe('/login');
    await page.close();
  });

  it.each([
    ['admin@demo.test', /admin/i, true],
    ['recruiter@demo.test', /recruiter/i, false],
    ['interviewer@demo.test', /interviewer/i, false],
  ])('logs in as %s and sees what the role may see', async (email, menuName, seesAdminPages) => {
    const page = await world.browser.newPage();
    await logIn(page, email);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect
      .poll(() => nav.getByRole('link').allInnerTexts())
      .toEqual(['Interviews', 'Candidates', 'Jobs', 'Settings']);
    await settingsLinks(page);
    // The admin pages' links join the settings menu once the role is known: wait for them, not a moment.
    const settingsNav = page.getByRole('navigation', { name: 'Settings' });
    await expect
      .poll(async () => (await settingsNav.getByRole('link').allInnerTexts()).includes('Users'))
      .toBe(seesAdminPages);
    expect((await settingsNav.getByRole('link').allInnerTexts()).includes('Invitations')).toBe(
      seesAdminPages,
    );
    if (!seesAdminPages) {
      await page.goto(`${world.parley.url}/settings/users`);
      await page.getByRole('heading', { level: 1, name: 'You do not have access to this page' }).waitFor();
    }
    await logOut(page, menuName);
    await page.close();
  });
});

describe('the settings menu', () => {
  it('shows every link the role allows at once, while the section page is still loading', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'admin@demo.test');
    // Hold the profile page's code until the menu has been read, as a slow network would.
    let releasePage = () => {};
    const pageHeld = new Promise<void>((resolve) => (releasePage = resolve));
    await page.route(/\/assets\/profile-settings-page-[^/]*\.js$/, async (route) => {
      await pageHeld;
      await route.continue();
    });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
    const settingsNav = page.getByRole('navigation', { name: 'Settings' });
    // Before, the menu was part of the page that was loading: it appeared only with the section's code.
    await settingsNav.waitFor({ timeout: 10_000 });
    expect(await settingsNav.getByRole('link').allInnerTexts()).toEqual([
      'Profile',
      'My Zoom',
      'Organization',
      'Users',
      'Invitations',
      'Audit log',
      'Message templates',
      'Zoom',
      'Developer mailbox',
    ]);
    expect(await page.getByRole('main').getByRole('status').innerText()).toMatch(/Loading/);
    releasePage();
    await page.getByRole('heading', { level: 1, name: 'Profile' }).waitFor();
    await page.close();
  });
});

describe('languages', () => {
  it('switches the interface to German and to Japanese, and remembers the choice in the profile', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'recruiter@demo.test');
    const languageSelect = page.getByRole('banner').getByLabel('Language');
    await languageSelect.selectOption('de');
    // "Interviews" is the German heading too: wait for a German word instead.
    await expect
      .poll(() => page.getByRole('navigation').first().getByRole('link').allInnerTexts())
      .toContain('Kandidat:innen');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('de');

    await page.getByRole('banner').getByLabel('Sprache').selectOption('ja');
    await page.getByRole('heading', { level: 1, name: '面接' }).waitFor();
    await expect
      .poll(() => page.getByRole('navigation').first().getByRole('link').allInnerTexts())
      .toContain('候補者');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: '面接' }).waitFor();
    const me = await readMe(page);
    expect(me.user.language).toBe('ja');
    await page.getByRole('banner').getByLabel('言語').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'Interviews' }).waitFor();
    await page.close();
  });
});

describe('inviting a user', () => {
  it('invites by email, the invitation arrives in the developer mailbox, and the new user joins and logs in', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'admin@demo.test');
    await page.goto(`${world.parley.url}/settings/invitations`);
    await page.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
    // Nothing sent yet: the empty list shows an envelope, not the Interviews calendar.
    await page.locator('.empty-state [data-icon="envelope"]').waitFor();
    // Someone who already has an account: said at the email field, nothing is sent.
    await page.getByRole('main').getByLabel('Email').fill('recruiter@demo.test');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('A user with this email address already exists.').waitFor();
    await expect
      .poll(() => page.getByRole('main').getByLabel('Email').getAttribute('aria-invalid'))
      .toBe('true');
    await page.getByRole('main').getByLabel('Email').fill('grace@demo.test');
    await page.getByLabel('Role').selectOption('interviewer');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.getByText('Invitation sent to grace@demo.test.').waitFor();

    await page.goto(`${world.parley.url}/settings/mailbox`);
    const invitationMail = page.getByRole('main').getByRole('link', { name: /invited you to Demo Company/ });
    await expect
      .poll(
        async () => {
          await page.getByRole('button', { name: 'Refresh' }).click();
          return invitationMail.count();
        },
        { timeout: 20_000 },
      )
      .toBeGreaterThan(0);
    await invitationMail.click();
    await page.getByText('grace@demo.test').first().waitFor();
    const invitationLink = page
      .getByRole('region', { name: 'Message text' })
      .getByRole('link', { name: /\/invitations\// });
    const href = await invitationLink.getAttribute('href');
    expect(href).toMatch(new RegExp(`^${world.parley.url}/invitations/`));
    await logOut(page, /admin/i);

    await page.goto(href!);
    await page.getByRole('heading', { level: 1, name: /Join .* on Parley/ }).waitFor();
    await page.getByLabel('Name').fill('Grace Hopper');
    await page.getByLabel('Password').fill('compilers-are-fun');
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Interviews' }).waitFor();
    await logOut(page, /Grace Hopper/);

    await logIn(page, 'grace@demo.test', 'compilers-are-fun');
    const me = await readMe(page);
    expect(me.user).toMatchObject({ email: 'grace@demo.test', role: 'interviewer', name: 'Grace Hopper' });

    await page.goto(href!);
    await page.getByRole('heading', { level: 1, name: 'This invitation link is not valid' }).waitFor();
    await page.close();
  });
});

describe('risky controls', () => {
  it('inviting an address again shows the older invitation revoked at once, and the role starts over', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'admin@demo.test');
    await page.goto(`${world.parley.url}/settings/invitations`);
    await page.getByRole('heading', { level: 1, name: 'Invitations' }).waitFor();
    const role = page.getByLabel('Role');
    for (const round of ['first', 'second']) {
      await page.getByRole('main').getByLabel('Email').fill('twice@demo.test');
      await role.selectOption('admin');
      await page.getByRole('button', { name: 'Send invitation' }).click();
      // The form starts over with the role of least access, not the Admin just used.
      await expect.poll(() => role.inputValue(), { message: round }).toBe('interviewer');
      await page.getByText('Invitation sent to twice@demo.test.').waitFor();
    }
    const rows = page.getByRole('row').filter({ hasText: 'twice@demo.test' });
    await expect.poll(() => rows.count()).toBe(2);
    expect(await rows.nth(0).innerText()).toContain('Pending');
    await expect.poll(() => rows.nth(1).innerText()).toContain('Revoked');
    await page.close();
  });

  it('a role change is confirmed first, saying what it means; cancelling keeps the role', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'admin@demo.test');
    await page.goto(`${world.parley.url}/settings/users`);
    const role = page.getByLabel('Role for Demo Interviewer');
    await role.waitFor();
    await role.selectOption('admin');
    const dialog = page.getByRole('dialog', { name: 'Change the role of Demo Interviewer?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain('Demo Interviewer changes from Interviewer to Admin.');
    expect(await dialog.innerText()).toContain('Admins manage users, invitations and the Zoom connection');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await role.inputValue()).toBe('interviewer');
    expect(await page.getByText(/now has the role/).count()).toBe(0);

    await role.selectOption('recruiter');
    await dialog.getByRole('button', { name: 'Make Recruiter' }).click();
    await page.getByText('Demo Interviewer now has the role Recruiter.').waitFor();
    expect(await role.inputValue()).toBe('recruiter');
    // Back as it was, for the tests that follow.
    await role.selectOption('interviewer');
    await dialog.getByRole('button', { name: 'Make Interviewer' }).click();
    await page.getByText('Demo Interviewer now has the role Interviewer.').waitFor();
    await page.close();
  });
});

describe('changing one’s password', () => {
  it('an interviewer changes the password in the profile and signs in with the new one only', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'interviewer@demo.test');
    await settingsLinks(page);
    await page.getByRole('navigation', { name: 'Settings' }).getByRole('link', { name: 'Profile' }).click();
    const form = page.getByRole('region', { name: 'Password' });

    // A typo in the repeated password is caught before anything is sent.
    await form.getByLabel('Current password').fill(DEMO_PASSWORD);
    await form.getByLabel('New password', { exact: true }).fill('sunflower railway cobalt');
    await form.getByLabel('Repeat the new password').fill('sunflower railway cobalf');
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('The two passwords do not match.').waitFor();

    // A wrong current password is refused by the server, on that field.
    await form.getByLabel('Current password').fill('not my password');
    await form.getByLabel('Repeat the new password').fill('sunflower railway cobalt');
    await form.getByRole('button', { name: 'Change password' }).click();
    await form.getByText('This is not your current password.').waitFor();

    await form.getByLabel('Current password').fill(DEMO_PASSWORD);
    await form.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed. Other sessions have been signed out.').waitFor();
    expect(await form.getByLabel('New password', { exact: true }).inputValue()).toBe('');

    await logOut(page, /interviewer/i);
    await page.getByLabel('Email').fill('interviewer@demo.test');
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Log in' }).click();
    await expect.poll(() => page.getByRole('alert').innerText()).toMatch(/email|password/i);
    await logIn(page, 'interviewer@demo.test', 'sunflower railway cobalt');
    await page.close();
  });
});
