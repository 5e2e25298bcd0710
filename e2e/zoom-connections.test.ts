import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useInterviewWorld } from './support/interview-world.ts';
import { screenshot } from './support/page-layout.ts';

/*
 * Zoom connections end to end (issue 4): Parley as `npm start` runs it, a standalone Zoom emulator it talks
 * to over real HTTP (ZOOM_OAUTH_URL / ZOOM_API_URL), the emulator's own sign-in, consent and control pages,
 * and webhooks signed by the emulator and delivered to Parley's /webhooks/zoom. The scenarios build on each
 * other in the order a recruiting team would go through them.
 */

// As a Zoom developer would in the Marketplace: point the apps' event subscriptions at Parley. Zoom is
// left unconnected: connecting it is what these scenarios do.
const world = useInterviewWorld({ webhookApps: ['parley-org', 'parley-user'], hosts: false });

function logIn(page: Page, email: string) {
  return world.logIn(page, email, { landing: /Interviews/i });
}

async function openZoomSettings(page: Page): Promise<Locator> {
  await page.goto(`${world.parley.url}/settings/zoom`);
  const region = page.getByRole('region', { name: 'Organization connection' });
  await region.waitFor();
  return region;
}

/** The organization connection's status as the page shows it ("Status: Connected"). */
async function organizationStatus(page: Page): Promise<string> {
  const region = page.getByRole('region', { name: 'Organization connection' });
  return (await region.locator('.status-line .zoom-status').innerText()).trim();
}

/** Reloads the Zoom page until the organization connection shows `status` (webhooks arrive async). */
async function expectOrganizationStatus(page: Page, status: string) {
  await expect
    .poll(
      async () => {
        await openZoomSettings(page);
        return organizationStatus(page);
      },
      { timeout: 15_000, interval: 500 },
    )
    .toBe(status);
}

/** On Zoom's pages: signs in when Zoom asks (a Zoom session may still be open), then allows or declines. */
async function answerZoom(page: Page, zoomEmail: string, decision: 'Allow' | 'Decline') {
  await page.waitForURL((url) => url.href.startsWith(world.emulator.url));
  const signIn = page.getByRole('button', { name: 'Sign In' });
  const consent = page.getByRole('button', { name: decision });
  await signIn.or(consent).waitFor();
  if (await signIn.isVisible()) await signInToZoom(page, zoomEmail);
  await consent.click();
}

async function signInToZoom(page: Page, zoomEmail: string) {
  await page.getByLabel('Email').fill(zoomEmail);
  await page.getByLabel('Password').fill('zoom');
  await page.getByRole('button', { name: 'Sign In' }).click();
}

async function resultHeading(page: Page): Promise<string> {
  await page.waitForURL((url) => url.href.startsWith(`${world.parley.url}/zoom/result`));
  return page.getByRole('heading', { level: 1 }).innerText();
}

/** The Zoom account's users as Zoom itself holds them (the emulator's full state). */
function acmeUserCount(): number {
  const acme = world.emulator.control.snapshot().accounts.find((account) => account.key === 'acme');
  return acme?.users.length ?? 0;
}

/** How wide the page's content is: more than the viewport means it scrolls sideways. */
function pageWidth(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
        .documentElement.scrollWidth,
  );
}

/** Drives the emulator's control page as a person would. */
async function openEmulatorControlPage(page: Page) {
  await page.goto(`${world.emulator.url}/_emulator/`);
  await page.getByRole('heading', { name: 'Installed apps' }).waitFor();
}

describe('the organization connection', () => {
  it('declining in Zoom changes nothing and says so', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'admin@demo.test');
    const region = await openZoomSettings(page);
    expect(await organizationStatus(page)).toBe('Not connected');
    await region.getByRole('button', { name: 'Connect Zoom for the organization' }).click();
    await answerZoom(page, 'owner@acme.test', 'Decline');
    expect(await resultHeading(page)).toBe('Zoom was not connected');
    await page.getByRole('link', { name: 'Back to Settings → Zoom' }).click();
    await page.getByRole('region', { name: 'Organization connection' }).waitFor();
    expect(await organizationStatus(page)).toBe('Not connected');
    await page.close();
  });

  it('an admin connects the organization through the consent pages, and the owner becomes the default host', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'admin@demo.test');
    const region = await openZoomSettings(page);
    await region.getByRole('button', { name: 'Connect Zoom for the organization' }).click();
    await answerZoom(page, 'owner@acme.test', 'Allow');
    expect(await resultHeading(page)).toBe('Zoom is connected for your organization');
    // Back from Zoom inside the app: its header and navigation, not a page with no way on.
    await page.getByRole('banner').getByRole('link', { name: 'Interviews' }).waitFor();
    await screenshot(page, 'zoom-result-signed-in-1280');
    await page.getByRole('link', { name: 'Back to Settings → Zoom' }).click();
    await page.getByRole('region', { name: 'Organization connection' }).waitFor();
    expect(await organizationStatus(page)).toBe('Connected');
    const connected = page.getByRole('region', { name: 'Organization connection' });
    await expect.poll(() => connected.innerText()).toContain('owner@acme.test');
    expect(await connected.innerText()).toContain('dcy_kSqMSxS5qozGYGI9gu');

    const hosts = page.getByRole('region', { name: 'Host candidates' });
    await expect.poll(() => hosts.getByRole('row').count()).toBe(2);
    const defaultRow = hosts.getByRole('row').filter({ hasText: 'Default host' });
    expect(await defaultRow.innerText()).toContain('owner@acme.test');

    // Parley reads the account's rooms by itself after connecting; "Refresh from Zoom" reads them again.
    const rooms = page.getByRole('region', { name: 'Zoom Rooms' });
    await expect
      .poll(
        async () => {
          await openZoomSettings(page);
          await rooms.getByRole('button', { name: 'Refresh from Zoom' }).waitFor();
          // The section asks for its rooms once the connection has loaded: read them, not "Loading…".
          await rooms.getByText('Loading…').waitFor({ state: 'detached' });
          return rooms.innerText();
        },
        { timeout: 15_000, interval: 500 },
      )
      .toContain('Interview Room');
    expect(await rooms.innerText()).toContain('Boardroom');
    await rooms.getByRole('button', { name: 'Refresh from Zoom' }).click();
    await page.getByText('The rooms have been refreshed from Zoom (3 rooms).').waitFor();
    await page.close();
  });

  it('disconnecting asks first, revokes at Zoom and leaves the organization not connected', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'admin@demo.test');
    const region = await openZoomSettings(page);
    await region.getByRole('button', { name: 'Disconnect' }).click();
    const dialog = page.getByRole('dialog', { name: 'Disconnect Zoom for the organization?' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await organizationStatus(page)).toBe('Connected');

    await region.getByRole('button', { name: 'Disconnect' }).click();
    await dialog.getByRole('button', { name: 'Disconnect' }).click();
    await page.getByText('Zoom has been disconnected for the organization.').waitFor();
    await expect.poll(() => organizationStatus(page)).toBe('Not connected');
    const installed = world.emulator.control
      .snapshot()
      .installations.filter((installation) => installation.clientId === 'parley-org');
    expect(installed).toEqual([]);
    await page.close();
  });

  it('a Parley admin who is not a Zoom admin sends a link, and the Zoom admin completes the connection without a Parley login', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'admin@demo.test');
    let region = await openZoomSettings(page);
    await region.getByRole('button', { name: 'Connect Zoom for the organization' }).click();
    await page.waitForURL((url) => url.href.startsWith(world.emulator.url));
    await signInToZoom(page, 'member12@acme.test');
    await page.getByText('An account admin is required to install this type of app.').waitFor();

    region = await openZoomSettings(page);
    const notAdmin = page.getByRole('region', { name: 'Not a Zoom admin?' });
    await notAdmin.getByRole('button', { name: 'Create a link for your Zoom admin' }).click();
    const linkBox = notAdmin.getByRole('textbox', { name: 'Link for your Zoom admin' });
    await linkBox.waitFor();
    const link = await linkBox.inputValue();
    expect(link).toMatch(new RegExp(`^${world.parley.url}/zoom/admin-authorize/`));
    await page.reload();
    await page.getByRole('region', { name: 'Organization connection' }).waitFor();
    expect(await organizationStatus(page)).toBe('Awaiting authorization');

    const zoomAdmin = await world.browser.newPersonPage();
    await zoomAdmin.goto(link);
    await zoomAdmin
      .getByRole('heading', { name: 'Connect your organization’s Zoom account to Parley' })
      .waitFor();
    const authorize = zoomAdmin.getByRole('button', { name: 'Authorize with Zoom' });
    await authorize.waitFor();
    expect(await zoomAdmin.locator('main').innerText()).toContain('Demo Admin');
    // The organization used the Acme account before: the page names it, and Parley refuses any other.
    expect(await zoomAdmin.getByTestId('expected-zoom-account').innerText()).toMatch(
      /the account of \S+@acme\.test \(account ID dcy_kSqMSxS5qozGYGI9gu\)/,
    );
    await authorize.click();
    await answerZoom(zoomAdmin, 'admin@acme.test', 'Allow');
    expect(await resultHeading(zoomAdmin)).toBe('Thank you — Zoom is connected');

    await zoomAdmin.goto(link);
    await zoomAdmin.getByRole('heading', { name: 'This link is not valid' }).waitFor();
    await zoomAdmin.context().close();

    await expectOrganizationStatus(page, 'Connected');
    expect(await page.getByRole('region', { name: 'Organization connection' }).innerText()).toContain(
      'admin@acme.test',
    );
    await page.close();
  });
});

describe('host candidates', () => {
  it('lists every user of the 360-member account, finds them by search and keeps a chosen label', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'admin@demo.test');
    await openZoomSettings(page);
    const hosts = page.getByRole('region', { name: 'Host candidates' });
    await hosts.getByRole('button', { name: 'Choose hosts' }).click();
    const dialog = page.getByRole('dialog', { name: 'Choose hosts' });
    await dialog.getByRole('button', { name: 'Load Zoom users' }).click();
    const total = acmeUserCount();
    expect(total).toBeGreaterThanOrEqual(362);
    await dialog.getByText(`${total} Zoom users loaded.`).waitFor();
    // At most 300 rows, and a hint instead of silently dropping the rest.
    await dialog.getByText(`Showing 300 of ${total} users. Refine your search to find more.`).waitFor();
    expect(await dialog.getByRole('checkbox').count()).toBe(300);
    await dialog.getByRole('button', { name: 'Next page' }).click();
    await dialog.getByText(`Users 301–${total} of ${total}`).waitFor();
    expect(await dialog.getByRole('checkbox').count()).toBe(total - 300);
    // The last page: nothing more to page to, and no claim that users are hidden.
    expect(await dialog.getByRole('button', { name: 'Next page' }).isDisabled()).toBe(true);
    expect(await dialog.getByText(/Refine your search/).count()).toBe(0);

    await dialog.getByRole('searchbox', { name: 'Search by name or email' }).fill('member36');
    await expect.poll(() => dialog.getByRole('checkbox').count()).toBe(2);
    await dialog.getByRole('checkbox', { name: /\(member360@acme\.test\)$/ }).check();
    await dialog.getByRole('checkbox', { name: /\(member36@acme\.test\)$/ }).check();
    await dialog.getByRole('searchbox', { name: 'Search by name or email' }).fill('basic@');
    const basicRow = dialog.getByRole('row').filter({ hasText: 'basic@acme.test' });
    await basicRow.waitFor();
    expect(await basicRow.innerText()).toContain('Basic');
    // A Basic user may be chosen, with the warning said before saving.
    expect(await basicRow.innerText()).toContain(
      'Basic license: Zoom ends meetings with this host after 40 minutes.',
    );
    // Escape with ticked hosts asks first; keeping on choosing keeps the ticks.
    const selectedCount = dialog.getByText(/^\d+ selected$/);
    const ticked = await selectedCount.innerText();
    // (From a checkbox: in the search field, Escape first clears the search, as browsers do.)
    await basicRow.getByRole('checkbox').focus();
    await page.keyboard.press('Escape');
    const discard = page.getByRole('dialog', { name: 'Discard your changes?' });
    await discard.getByRole('button', { name: 'Cancel' }).click();
    await discard.waitFor({ state: 'detached' });
    expect(await dialog.isVisible()).toBe(true);
    expect(await selectedCount.innerText()).toBe(ticked);
    await dialog.getByRole('button', { name: 'Save selection' }).click();
    await page.getByText(/The host candidates have been saved \(\d+ selected\)\./).waitFor();

    const rowOf = (email: string) => hosts.getByRole('row').filter({ hasText: email });
    await rowOf('member360@acme.test').waitFor();
    await rowOf('member36@acme.test').first().waitFor();
    await hosts.getByRole('button', { name: 'Edit display label for member360@acme.test' }).click();
    const label = hosts.getByRole('textbox', { name: 'Display label for member360@acme.test' });
    await label.fill('Tanaka — engineering interviews');
    await hosts.getByRole('button', { name: 'Save label' }).click();
    await page.getByText('The display label “Tanaka — engineering interviews” has been saved.').waitFor();

    await page.reload();
    await rowOf('member360@acme.test').waitFor();
    expect(await rowOf('member360@acme.test').innerText()).toContain('Tanaka — engineering interviews');
    expect(await rowOf('admin@acme.test').innerText()).toContain('Default host');
    await page.close();
  });

  it('a label another host has is refused at its field; a long unbroken label wraps inside the page', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'admin@demo.test');
    await openZoomSettings(page);
    const hosts = page.getByRole('region', { name: 'Host candidates' });
    await hosts.getByRole('button', { name: 'Edit display label for member36@acme.test' }).click();
    const label = hosts.getByRole('textbox', { name: 'Display label for member36@acme.test' });
    expect(await label.getAttribute('maxlength')).toBe('200');
    await label.fill('tanaka — ENGINEERING interviews');
    await hosts.getByRole('button', { name: 'Save label' }).click();
    const fieldError = hosts.getByText('Another host already has this label; choose a different one.');
    await fieldError.waitFor();
    expect(await label.getAttribute('aria-invalid')).toBe('true');
    expect(await label.getAttribute('aria-describedby')).toBe(await fieldError.getAttribute('id'));
    expect(await page.getByRole('alert').count()).toBe(0);

    await label.fill('x'.repeat(200));
    await hosts.getByRole('button', { name: 'Save label' }).click();
    await page.getByText(/The display label “x+” has been saved\./).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(1280);
    await page.close();
  });

  it('a recruiter sees the Zoom page read-only', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'recruiter@demo.test');
    const region = await openZoomSettings(page);
    const note = page.getByText('Only admins can change the Zoom connection.', { exact: false });
    await note.waitFor();
    // It does not claim "you can see everything": two sections are for admins only.
    expect(await note.innerText()).toContain(
      'connected users and the Server-to-Server credentials are shown to admins only',
    );
    for (const section of ['Connected users', 'Server-to-Server app']) {
      expect(await page.getByRole('heading', { name: section, exact: true }).count(), section).toBe(0);
    }
    expect(await organizationStatus(page)).toBe('Connected');
    const hosts = page.getByRole('region', { name: 'Host candidates' });
    await hosts.getByText('Tanaka — engineering interviews').waitFor();
    for (const name of ['Disconnect', 'Check now', 'Choose hosts', 'Create a link for your Zoom admin']) {
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    }
    expect(await hosts.getByRole('button', { name: /Edit display label|Remove/ }).count()).toBe(0);
    expect(await region.getByRole('button').count()).toBe(0);
    await page.close();
  });
});

describe('personal connections', () => {
  it('a personal connection comes first, and after disconnecting the organization’s is used again', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'interviewer@demo.test');
    await page.goto(`${world.parley.url}/settings/my-zoom`);
    await page
      .getByText('Your interviews use the organization’s Zoom connection (admin@acme.test).')
      .waitFor();

    await page.getByRole('button', { name: 'Connect my Zoom account' }).click();
    await answerZoom(page, 'member7@acme.test', 'Allow');
    expect(await resultHeading(page)).toBe('Your Zoom account is connected');
    await page.getByRole('link', { name: 'Back to My Zoom' }).click();
    await page.getByText('Your interviews use your personal Zoom account (member7@acme.test).').waitFor();

    const admin = await world.browser.newPersonPage();
    await logIn(admin, 'admin@demo.test');
    await openZoomSettings(admin);
    const connectedUsers = admin.getByRole('region', { name: 'Connected users' });
    const interviewerRow = connectedUsers.getByRole('row').filter({ hasText: 'interviewer@demo.test' });
    await interviewerRow.waitFor();
    expect(await interviewerRow.innerText()).toMatch(/Personal[\s\S]*member7@acme\.test/);
    const recruiterRow = connectedUsers.getByRole('row').filter({ hasText: 'recruiter@demo.test' });
    expect(await recruiterRow.innerText()).toMatch(/Organization[\s\S]*admin@acme\.test/);

    // A personal connection that breaks: the user removes Parley in Zoom. It still comes first, and says so.
    await openEmulatorControlPage(admin);
    await admin.getByRole('button', { name: 'Uninstall Parley (personal) for member7@acme.test' }).click();
    await expect
      .poll(
        async () => {
          await page.reload();
          await page.getByRole('heading', { name: 'Your Zoom account' }).waitFor();
          return page.locator('main').innerText();
        },
        { timeout: 15_000, interval: 500 },
      )
      .toContain('Parley was removed from your Zoom account in the Zoom App Marketplace');
    expect(await page.locator('main').innerText()).toContain(
      'Your interviews use your personal Zoom account (member7@acme.test), but it does not work at the moment.',
    );
    await admin.context().close();

    await page.getByRole('button', { name: 'Disconnect' }).click();
    const dialog = page.getByRole('dialog', { name: 'Disconnect your Zoom account?' });
    await dialog.getByRole('button', { name: 'Disconnect' }).click();
    await page.getByText('Your Zoom account has been disconnected.').waitFor();
    await page
      .getByText('Your interviews use the organization’s Zoom connection (admin@acme.test).')
      .waitFor();
    await page.getByRole('button', { name: 'Connect my Zoom account' }).waitFor();
    await page.close();
  });
});

describe('changes made in Zoom', () => {
  it('the connecting Zoom admin losing the admin role shows Needs reconnect with the reason', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'admin@demo.test');
    const control = await world.browser.newPersonPage();
    await openEmulatorControlPage(control);
    await control.getByLabel('User email').fill('admin@acme.test');
    await control.getByLabel('Role').selectOption({ label: 'Member' });
    await control.getByRole('button', { name: 'Change role' }).click();
    // The control page reloads after the change; the account table then no longer lists admin@acme.test.
    await expect
      .poll(() => control.getByRole('table').first().innerText())
      .not.toContain('admin@acme.test (admin');

    await expectOrganizationStatus(page, 'Needs reconnect');
    const region = page.getByRole('region', { name: 'Organization connection' });
    expect(await region.innerText()).toContain(
      'The Zoom user admin@acme.test is no longer a Zoom admin. Reconnect with another Zoom admin.',
    );
    // The check made when connecting passed: it says so for then, not "working" beside Needs reconnect.
    const lastCheck = region.locator('.facts > div').filter({ hasText: 'Last check' });
    expect(await lastCheck.innerText()).toMatch(/worked then; not working since /);
    // Checking again reports the problem as a warning, not in a green success box.
    await region.getByRole('button', { name: 'Check now' }).click();
    const checked = region.getByText('Checked just now: Zoom reported a problem. See the details above.');
    await checked.waitFor();
    expect(await checked.getAttribute('class')).toContain('alert-warning');

    // Admins are told by email (here: the developer mailbox).
    await page.goto(`${world.parley.url}/settings/mailbox`);
    await page
      .getByText(/The Zoom connection of .+ needs to be reconnected/)
      .first()
      .waitFor();

    // Reconnecting with the owner brings it back.
    await openZoomSettings(page);
    await region.getByRole('button', { name: 'Reconnect' }).click();
    await answerZoom(page, 'owner@acme.test', 'Allow');
    expect(await resultHeading(page)).toBe('Zoom is connected for your organization');
    await openZoomSettings(page);
    expect(await organizationStatus(page)).toBe('Connected');
    await control.context().close();
    await page.close();
  });

  it('uninstalling Parley on the emulator’s control page shows Removed in Zoom on the open page within 2 s', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'admin@demo.test');
    await openZoomSettings(page);
    expect(await organizationStatus(page)).not.toBe('Removed in Zoom');
    // Gone after a reload: proves that the page below updated by itself.
    await page.evaluate(() => Object.assign(globalThis, { leftOpen: true }));
    const control = await world.browser.newPersonPage();
    await openEmulatorControlPage(control);
    await control.getByRole('button', { name: 'Uninstall Parley (organization) from Acme Inc' }).click();
    await expect
      .poll(() => organizationStatus(page), { timeout: 2_000, interval: 100 })
      .toBe('Removed in Zoom');
    expect(await page.evaluate(() => (globalThis as { leftOpen?: boolean }).leftOpen)).toBe(true);
    const region = page.getByRole('region', { name: 'Organization connection' });
    expect(await region.innerText()).toContain(
      'Parley was removed from the Zoom App Marketplace for this Zoom account',
    );
    expect(await region.innerText()).not.toContain('Granted permissions');
    await region.getByRole('button', { name: 'Reconnect' }).waitFor();
    await control.context().close();
    await page.close();
  });
});

describe('Server-to-Server credentials', () => {
  it('replacing an OAuth connection asks first, says what changes, and the page shows the new state', async () => {
    world.emulator.control.setUserRole('admin@acme.test', 'admin');
    const page = await world.browser.newPersonPage();
    await logIn(page, 'admin@demo.test');
    const region = await openZoomSettings(page);
    await region.getByRole('button', { name: /^(Reconnect|Connect Zoom for the organization)$/ }).click();
    await answerZoom(page, 'admin@acme.test', 'Allow');
    expect(await resultHeading(page)).toBe('Zoom is connected for your organization');
    await openZoomSettings(page);
    await expect.poll(() => region.innerText()).toContain('admin@acme.test');

    const form = page.getByRole('region', { name: 'Server-to-Server app' });
    await form.getByLabel('Account ID').fill('dcy_kSqMSxS5qozGYGI9gu');
    await form.getByLabel('Client ID').fill('parley-s2s');
    await form.getByLabel('Client secret').fill('parley-s2s-secret');
    await form.getByRole('button', { name: 'Save' }).click();
    const dialog = page.getByRole('dialog', { name: 'Replace the OAuth connection?' });
    await dialog.waitFor();
    expect(await dialog.innerText()).toContain(
      'instead of the OAuth connection authorized by admin@acme.test. Meetings are created in Zoom account dcy_kSqMSxS5qozGYGI9gu, and its owner owner@acme.test becomes the default host.',
    );
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'detached' });
    expect(await region.innerText()).toContain('admin@acme.test');
    expect(await region.innerText()).not.toContain('Server-to-Server');

    await form.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('button', { name: 'Replace connection' }).click();
    await page
      .getByText('The Server-to-Server credentials have been saved. The organization now uses them for Zoom.')
      .waitFor();
    // Without a reload: the connection, its Zoom user and the default host are the new ones.
    await expect.poll(() => region.innerText()).toContain('owner@acme.test');
    expect(await region.innerText()).toContain('Server-to-Server');
    const hosts = page.getByRole('region', { name: 'Host candidates' });
    const defaultRow = hosts.getByRole('row').filter({ hasText: 'Default host' });
    await expect.poll(() => defaultRow.innerText(), { timeout: 15_000 }).toContain('owner@acme.test');
    await page.context().close();
  });
});
