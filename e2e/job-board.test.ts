import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserWorld } from './support/browser-world.ts';

const world = useBrowserWorld();

function logIn(page: Page, email: string) {
  return world.logIn(page, email, { landing: /Interviews/i });
}

/** The board column of a stage: a region named by the stage's heading. */
function column(page: Page, stageName: string): Locator {
  return page.getByRole('region', { name: stageName, exact: true });
}

/**
 * Moves the first card of `from` to the stage `to` with the keyboard only: the card's "Move to…" button
 * opens a menu, arrow keys walk its items until `to` has the focus, Enter picks it. Returns the name.
 */
async function moveFirstCardByKeyboard(page: Page, from: string, to: string): Promise<string> {
  const card = column(page, from).getByRole('article').first();
  const name = (await card.getAttribute('aria-label')) ?? '';
  await card.locator('button[aria-haspopup="menu"]').focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await menu.waitFor();
  const items = await menu.getByRole('menuitem').allInnerTexts();
  expect(items).not.toContain(from);
  // The menu moves the focus to its first item once it is shown; arrows pressed before that are lost.
  await expect.poll(() => menu.locator(':focus').count()).toBe(1);
  for (let step = 0; step < items.indexOf(to); step++) await page.keyboard.press('ArrowDown');
  await expect.poll(() => menu.locator(':focus').innerText()).toBe(to);
  await page.keyboard.press('Enter');
  await column(page, to).getByRole('article', { name, exact: true }).waitFor();
  return name;
}

/** Names of the stages whose column shows at least one "Schedule interview" link. */
async function stagesWithScheduleLinks(page: Page, linkName: string): Promise<string[]> {
  const stages: string[] = [];
  for (const region of await page.locator('.board-column').all()) {
    if ((await region.getByRole('link', { name: linkName }).count()) > 0) {
      stages.push(await region.getByRole('heading').innerText());
    }
  }
  return stages;
}

describe('the job board', () => {
  it('lists the jobs and moves an applicant into an interview stage by keyboard, where Schedule appears', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'recruiter@demo.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Jobs' }).click();
    await page.getByRole('heading', { level: 1, name: 'Jobs' }).waitFor();
    const jobLinks = page.getByRole('main').getByRole('link', { name: /Engineer|Vertrieb|カスタマー/ });
    await expect.poll(() => jobLinks.count()).toBe(3);
    // A recruiter does not create jobs, so the page does not offer it.
    expect(await page.getByRole('link', { name: 'New job' }).count()).toBe(0);

    await page.getByRole('link', { name: 'Senior Backend Engineer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Senior Backend Engineer' }).waitFor();
    await column(page, 'Applied').getByRole('article').first().waitFor();
    expect(await column(page, 'Applied').getByRole('link', { name: 'Schedule interview' }).count()).toBe(0);
    const before = await column(page, 'Interview').getByRole('article').count();

    const name = await moveFirstCardByKeyboard(page, 'Applied', 'Interview');
    const moved = column(page, 'Interview').getByRole('article', { name, exact: true });
    await moved.getByRole('link', { name: 'Schedule interview' }).waitFor();
    expect(await column(page, 'Interview').getByRole('article').count()).toBe(before + 1);
    await expect
      .poll(() => page.getByRole('region', { name: 'Pipeline' }).getByRole('status').innerText())
      .toContain(`${name} is now in “Interview”`);
    expect(await stagesWithScheduleLinks(page, 'Schedule interview')).toEqual([
      'Interview',
      'Final interview',
    ]);

    // The move is on the server: a reload shows the card where it went.
    await page.reload();
    await column(page, 'Interview').getByRole('article', { name, exact: true }).waitFor();
    expect(await column(page, 'Applied').getByRole('article', { name, exact: true }).count()).toBe(0);

    await moved.getByRole('link', { name: 'Schedule interview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Schedule interview' }).waitFor();
    await expect.poll(() => page.getByRole('main').innerText()).toContain(name);
    await page.close();
  });

  it('works in Japanese, with Japanese names as written', async () => {
    const page = await world.browser.newPage();
    await logIn(page, 'recruiter@demo.test');
    await page.getByRole('banner').getByLabel('Language').selectOption('ja');
    await page
      .getByRole('navigation', { name: 'メインメニュー' })
      .getByRole('link', { name: '求人' })
      .click();
    await page.getByRole('heading', { level: 1, name: '求人' }).waitFor();
    await page.getByRole('link', { name: 'カスタマーサクセスマネージャー' }).click();
    await page.getByRole('heading', { level: 1, name: 'カスタマーサクセスマネージャー' }).waitFor();
    await column(page, '書類選考').getByRole('article').first().waitFor();

    const jobId = new URL(page.url()).pathname.split('/').at(-1);
    const board = await (await page.request.get(`${world.parley.url}/api/jobs/${jobId}/board`)).json();
    const serverNames = board.columns.flatMap((c: { applications: { candidate: { name: string } }[] }) =>
      c.applications.map((card) => card.candidate.name),
    );
    const shownNames = await page.locator('.board-card-name').allInnerTexts();
    expect(shownNames.sort()).toEqual([...serverNames].sort());
    expect(
      shownNames.some((shown) => /^[\p{Script=Han}]+\s[\p{Script=Han}\p{Script=Hiragana}]+$/u.test(shown)),
    ).toBe(true);

    const name = await moveFirstCardByKeyboard(page, '書類選考', '面接');
    await column(page, '面接')
      .getByRole('article', { name, exact: true })
      .getByRole('link', { name: '面接を設定' })
      .waitFor();
    expect(await stagesWithScheduleLinks(page, '面接を設定')).toEqual(['面接', '最終面接']);
    expect(await column(page, '書類選考').getByRole('link', { name: '面接を設定' }).count()).toBe(0);
    await page.close();
  });
});

describe('the job board by mouse, and the table', () => {
  it('moves a card to another column by drag and drop and lists the applications as a table', async () => {
    const page = await world.browser.newPersonPage();
    // The admin: the recruiter's profile is in Japanese after the test above.
    await logIn(page, 'admin@demo.test');
    await page.goto(`${world.parley.url}/jobs`);
    await page.getByRole('link', { name: 'Senior Backend Engineer' }).click();
    const card = column(page, 'Applied').getByRole('article').first();
    await card.waitFor();
    const name = (await card.getAttribute('aria-label')) ?? '';
    // A person's drag: press on the card, move over the column in steps, release.
    await card.getByRole('paragraph').first().hover();
    await page.mouse.down();
    const target = (await column(page, 'Screening').getByRole('heading').boundingBox())!;
    await page.mouse.move(target.x + 10, target.y + 5, { steps: 8 });
    await page.mouse.move(target.x + 20, target.y + 10, { steps: 4 });
    await page.mouse.up();
    await column(page, 'Screening').getByRole('article', { name, exact: true }).waitFor();
    await expect
      .poll(() => page.getByRole('region', { name: 'Pipeline' }).getByRole('status').innerText())
      .toContain(`${name} is now in “Screening”`);

    await page.getByRole('button', { name: 'Table' }).click();
    const table = page.getByRole('table', { name: 'Applications' });
    await table.getByRole('row').filter({ hasText: name }).waitFor();
    expect(await table.getByRole('row').filter({ hasText: name }).innerText()).toContain('Screening');
    await page.getByLabel('Stage').selectOption({ label: 'Screening' });
    await expect
      .poll(async () =>
        (await table.getByRole('row').allInnerTexts()).slice(1).every((row) => row.includes('Screening')),
      )
      .toBe(true);
    await page.close();
  });
});
