import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseLanguage, useBrowserWorld } from './support/browser-world.ts';
import { type Language, recruitingText } from './support/recruiting-texts.ts';

const world = useBrowserWorld();

/** The demo job each language's run works on, so the runs do not meet. */
const jobOf: Record<Language, string> = {
  en: 'Senior Backend Engineer',
  de: 'Vertriebsmitarbeiter (m/w/d) Innendienst',
  ja: 'カスタマーサクセスマネージャー',
};

async function logIn(page: Page, language: Language) {
  await world.logIn(page, 'recruiter@demo.test');
  // The profile keeps the language the previous run chose, so the page may not be in English any more.
  await page.waitForURL(`${world.parley.url}/interviews`);
  await chooseLanguage(page, language);
}

interface ApiCandidate {
  id: string;
  name: string;
  email: string;
  tags: string[];
}

/** What the server holds, read with the browser's session (the person's own view of the data). */
async function apiGet<Result>(page: Page, path: string): Promise<Result> {
  const response = await page.request.get(`${world.parley.url}${path}`);
  expect(response.status()).toBe(200);
  return (await response.json()) as Result;
}

describe.each(['en', 'de', 'ja'] as const)('recruiting in %s', (language) => {
  const t = (key: string, values?: Record<string, string | number>) => recruitingText(language, key, values);

  it('offers an existing candidate for merge instead of adding the same e-mail twice', async () => {
    const page = await world.browser.newPersonPage();
    await logIn(page, language);
    const { candidates } = await apiGet<{ candidates: ApiCandidate[] }>(page, '/api/candidates?limit=1');
    const existing = candidates[0]!;
    const tag = `e2e-merge-${language}`;

    await page.goto(`${world.parley.url}/candidates`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('link', { name: t('candidates.new') }).click();
    await page.getByRole('heading', { level: 1, name: t('candidates.new') }).waitFor();
    const form = page.locator('form.form');
    await form.getByLabel(t('candidates.fields.name'), { exact: true }).fill('山田 花子');
    // The same address in other letter cases is the same person.
    await form.getByLabel(t('candidates.fields.email')).fill(existing.email.toUpperCase());
    await form.getByLabel(t('candidates.fields.tags'), { exact: true }).fill(tag);
    await form.getByRole('button', { name: t('candidates.add') }).click();

    const offer = page.getByRole('region', { name: t('candidates.duplicate.heading') });
    await offer
      .getByRole('link', { name: t('candidates.duplicate.open', { name: existing.name }) })
      .waitFor();
    expect(await offer.innerText()).toContain(existing.email);
    await offer
      .getByRole('button', { name: t('candidates.duplicate.merge', { name: existing.name }) })
      .click();

    await page.getByRole('heading', { level: 1, name: existing.name }).waitFor();
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain(t('candidates.merged', { name: existing.name }));
    expect(await page.locator('.tag-list').first().innerText()).toContain(tag);
    const sameEmail = await apiGet<{ candidates: ApiCandidate[] }>(
      page,
      `/api/candidates?search=${encodeURIComponent(existing.email)}`,
    );
    expect(sameEmail.candidates.filter((candidate) => candidate.email === existing.email)).toHaveLength(1);
    await page.close();
  });

  it('adds an application, rejects it with a reason and reopens it, each step in its history', async () => {
    const page = await world.browser.newPersonPage();
    await logIn(page, language);
    const name = `${language === 'ja' ? '佐藤 一郎' : 'Erika Mustermann'} ${language}`;
    const email = `e2e-${language}@example.test`;

    // Added from the job's page: the new candidate applies to it at once.
    await page.goto(`${world.parley.url}/jobs`);
    await page.getByRole('link', { name: jobOf[language] }).click();
    await page.getByRole('heading', { level: 1, name: jobOf[language] }).waitFor();
    await page.getByRole('link', { name: t('candidates.new') }).click();
    await page.getByRole('heading', { level: 1, name: t('candidates.new') }).waitFor();
    const form = page.locator('form.form');
    await form.getByLabel(t('candidates.fields.name'), { exact: true }).fill(name);
    await form.getByLabel(t('candidates.fields.email')).fill(email);
    await form.getByRole('button', { name: t('candidates.add') }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const applications = page.getByRole('region', { name: t('applications.heading') });
    await applications.getByRole('link', { name: jobOf[language] }).waitFor();

    // Added from the candidate's page: a second job.
    const otherJob = Object.values(jobOf).find((title) => title !== jobOf[language])!;
    await applications.getByLabel(t('applications.job')).selectOption({ label: otherJob });
    await applications.getByRole('button', { name: t('applications.add'), exact: true }).click();
    await applications.getByRole('link', { name: otherJob }).waitFor();

    await applications.getByRole('link', { name: jobOf[language] }).click();
    await page.getByRole('heading', { level: 1, name }).waitFor();
    const reason = language === 'ja' ? '経験が要件に合わないため' : `Not enough experience (${language})`;
    await page.getByRole('button', { name: t('applications.reject'), exact: true }).click();
    const dialog = page.getByRole('dialog', { name: t('applications.rejectHeading', { name }) });
    await dialog.getByLabel(t('applications.reason')).fill(reason);
    await dialog.getByRole('button', { name: t('applications.reject'), exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText(t('applications.reasonIs', { reason })).waitFor();

    const history = page.getByRole('table', { name: t('applications.history.heading') });
    await history.getByRole('row').filter({ hasText: reason }).waitFor();
    expect(await history.getByRole('row').last().innerText()).toContain(t('applications.history.rejected'));

    await page.getByRole('button', { name: t('applications.reopen') }).click();
    await page.getByRole('button', { name: t('applications.reject'), exact: true }).waitFor();
    await expect
      .poll(() => history.getByRole('row').last().innerText())
      .toContain(t('applications.history.reopened'));
    const rows = await history.getByRole('row').allInnerTexts();
    // Header, applied, rejected, reopened: who did it is named on each.
    expect(rows).toHaveLength(4);
    expect(rows.slice(1).every((row) => row.includes('Demo Recruiter'))).toBe(true);
    expect(rows[1]).toContain(t('applications.history.created'));
    await page.close();
  });

  it('reorders the stages of a job with the keyboard alone', async () => {
    const page = await world.browser.newPersonPage();
    await logIn(page, language);
    await page.goto(`${world.parley.url}/jobs`);
    await page.getByRole('link', { name: jobOf[language] }).click();
    await page.getByRole('link', { name: t('stages.link') }).click();
    const list = page.locator('ol.stage-list');
    await list.waitFor();
    const stageNames = () => list.locator('.stage-item-name').allInnerTexts();
    const before = await stageNames();
    const second = before[1]!;

    await page.getByRole('button', { name: t('stages.moveUp', { stage: second }) }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(stageNames).toEqual([second, before[0], ...before.slice(2)]);
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain(t('stages.movedTo', { stage: second, position: 1, count: before.length }));
    // First now, it cannot go up: the focus stays on the same stage, on its "Move down".
    await expect
      .poll(() => page.locator(':focus').getAttribute('aria-label'))
      .toBe(t('stages.moveDown', { stage: second }));
    await page.keyboard.press('Enter');
    await expect.poll(stageNames).toEqual(before);

    await page.keyboard.press('Enter');
    await expect.poll(stageNames).toEqual([before[0], before[2], second, ...before.slice(3)]);
    await page.reload();
    await expect.poll(stageNames).toEqual([before[0], before[2], second, ...before.slice(3)]);
    await page.close();
  });
});

describe('the CSV import', () => {
  it('previews a file, refuses one with a bad row, and imports all rows of a good one', async () => {
    const page = await world.browser.newPersonPage();
    await logIn(page, 'en');
    const { candidates } = await apiGet<{ candidates: ApiCandidate[] }>(page, '/api/candidates?limit=1');
    const known = candidates[0]!;
    await page.goto(`${world.parley.url}/candidates`);
    await page.getByRole('link', { name: 'Import CSV' }).click();
    await page.getByRole('heading', { level: 1, name: 'Import candidates' }).waitFor();
    const file = (rows: string[]) => ({
      name: 'candidates.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Name,E-Mail,Tags', ...rows].join('\n')),
    });

    await page
      .getByLabel('CSV file')
      .setInputFiles(file(['Ada Import,ada.import@example.test,csv', 'Bad Row,not-an-address,csv']));
    await page.getByText('Rows to fix before the file can be imported: 1.').waitFor();
    expect(await page.getByRole('alert').innerText()).toContain('Line 3: Must be an email address.');
    expect(await page.getByRole('button', { name: 'Import all rows (2)' }).isDisabled()).toBe(true);

    await page
      .getByLabel('CSV file')
      .setInputFiles(
        file([
          'Ada Import,ada.import@example.test,csv',
          '高橋 一郎,ichiro.import@example.test,csv',
          `${known.name},${known.email.toUpperCase()},csv`,
        ]),
      );
    await page.getByText('Rows: 3. Already in Parley, to be merged: 1.').waitFor();
    // The known candidate applies too, unless an earlier test already applied them to this job.
    const knownApplications = await apiGet<{ applications: { jobTitle: string }[] }>(
      page,
      `/api/candidates/${known.id}`,
    );
    const alreadyApplied = knownApplications.applications.some((each) => each.jobTitle === jobOf.en);
    await page.getByLabel('Apply to a job').selectOption({ label: jobOf.en });
    await page.getByRole('button', { name: 'Import all rows (3)' }).click();
    await page.getByText(`Done: 2 added, 1 merged, ${alreadyApplied ? 2 : 3} applications.`).waitFor();
    const imported = await apiGet<{ candidates: ApiCandidate[] }>(page, '/api/candidates?search=csv');
    expect(imported.candidates.map((candidate) => candidate.email).sort()).toEqual(
      ['ada.import@example.test', 'ichiro.import@example.test', known.email].sort(),
    );
    await page.close();
  });
});
