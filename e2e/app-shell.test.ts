import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserWorld } from './support/browser-world.ts';
import { screenshot } from './support/page-layout.ts';

/*
 * The signed-in shell as a person moving between pages sees it: the header and navigation stay while the
 * next page's code arrives, and a link that looks like a button reads like one.
 */

const world = useBrowserWorld();

/** The little of the DOM the underline check reads (the e2e project compiles without the DOM library). */
interface ComputedStyles {
  getComputedStyle(element: unknown): { textDecorationLine: string };
}

describe('the app shell', () => {
  it('keeps the header and navigation while another page’s code loads, the loading state in the content', async () => {
    const page = await world.browser.newPersonPage();
    await world.logIn(page, 'recruiter@demo.test', { landing: 'Interviews' });
    // The Candidates page's chunk is held back until the test has looked at the page meanwhile.
    let release: () => void = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/assets/candidates-page-*.js', async (route: Route) => {
      await released;
      await route.continue();
    });
    await page.getByRole('navigation').getByRole('link', { name: 'Candidates' }).click();
    const loading = page.getByRole('main').getByRole('status');
    await loading.waitFor();
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    expect(await page.getByRole('banner').getByRole('link', { name: 'Jobs' }).isVisible()).toBe(true);
    await screenshot(page, 'shell-while-loading-1280', { fullPage: false });
    release();
    await page.getByRole('heading', { level: 1, name: 'Candidates', exact: true }).waitFor();
    expect(await page.getByRole('banner').isVisible()).toBe(true);
    await page.close();
  }, 60_000);

  it('draws a link that looks like a button without a link’s underline, as the buttons beside it', async () => {
    const page = await world.browser.newPersonPage();
    await world.logIn(page, 'recruiter@demo.test', { landing: 'Interviews' });
    await page.getByRole('banner').getByRole('link', { name: 'Jobs' }).click();
    await page.getByRole('link', { name: 'Senior Backend Engineer' }).first().click();
    const addCandidate = page.getByRole('link', { name: 'Add candidate' });
    const editJob = page.getByRole('button', { name: 'Edit job' });
    await addCandidate.waitFor();
    const underline = (element: unknown) =>
      (globalThis as unknown as ComputedStyles).getComputedStyle(element).textDecorationLine;
    expect(await editJob.evaluate(underline)).toBe('none');
    expect(await addCandidate.evaluate(underline)).toBe('none');
    await page.close();
  }, 60_000);
});
