import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import serverDe from '../apps/server/src/i18n/de.json' with { type: 'json' };
import serverJa from '../apps/server/src/i18n/ja.json' with { type: 'json' };
import en from '../apps/web/src/i18n/recruiting/en.json' with { type: 'json' };
import { chooseLanguage, useBrowserWorld } from './support/browser-world.ts';
import { type Language, recruitingText } from './support/recruiting-texts.ts';

const world = useBrowserWorld();

async function logIn(page: Page, language: Language) {
  await world.logIn(page, 'recruiter@demo.test');
  // The profile keeps the language the previous run chose, so the page may not be in English any more.
  await page.waitForURL(`${world.parley.url}/interviews`);
  await chooseLanguage(page, language);
}

/** A call of the API with the browser's session (and its CSRF token for changes). */
async function api<Result>(page: Page, method: string, path: string, data?: object): Promise<Result> {
  const me = await (await page.request.get(`${world.parley.url}/api/me`)).json();
  const response = await page.request.fetch(`${world.parley.url}${path}`, {
    method,
    headers: { 'x-csrf-token': me.csrfToken },
    ...(data && { data }),
  });
  expect(response.status(), await response.text()).toBeLessThan(300);
  return (await response.json()) as Result;
}

interface ApiJob {
  id: string;
  title: string;
  hiringTeam: { email: string }[];
  stages: {
    id: string;
    name: string;
    version: number;
    defaultDurationMinutes: number;
    isInterview: boolean;
  }[];
}

async function firstJob(page: Page): Promise<ApiJob> {
  const { jobs } = await api<{ jobs: { id: string }[] }>(page, 'GET', '/api/jobs?status=open');
  return api<ApiJob>(page, 'GET', `/api/jobs/${jobs[0]!.id}`);
}

describe.each([
  ['de', serverDe.validation.email],
  ['ja', serverJa.validation.email],
] as const)('the CSV import in %s', (language, emailProblem) => {
  const t = (key: string, values?: Record<string, string | number>) => recruitingText(language, key, values);

  it("shows a bad row's problem in the reader's language, then imports a good file", async () => {
    const page = await world.browser.newPersonPage();
    await logIn(page, language);
    await page.goto(`${world.parley.url}/candidates/import`);
    await page.getByRole('heading', { level: 1, name: t('import.title') }).waitFor();
    const file = (rows: string[]) => ({
      name: 'candidates.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(['Name,E-Mail,Tags', ...rows].join('\n')),
    });
    await page.getByLabel(t('import.file')).setInputFiles(file([`Bad ${language},not-an-address,x`]));
    await page.getByText(t('import.errors', { count: 1 })).waitFor();
    expect(await page.getByRole('alert').innerText()).toContain(
      t('import.rowError', { line: 2, message: emailProblem }),
    );

    const rows = Array.from(
      { length: 300 },
      (_, index) => `Import ${language} ${index},import-${language}-${index}@example.test,e2e-${language}`,
    );
    await page.getByLabel(t('import.file')).setInputFiles(file(rows));
    await page.getByText(t('import.summary', { count: 300, merged: 0 })).waitFor();
    await page.getByRole('button', { name: t('import.run', { count: 300 }) }).click();
    await page.getByText(t('import.done', { created: 300, merged: 0, applied: 0 })).waitFor();
    await page.close();
  });
});

describe('editing a job and its stages as a recruiter', () => {
  it('chooses the hiring team', async () => {
    const page = await world.browser.newPersonPage();
    await logIn(page, 'en');
    const job = await firstJob(page);
    const wasOnTeam = job.hiringTeam.some((member) => member.email === 'interviewer@demo.test');
    await page.goto(`${world.parley.url}/jobs/${job.id}`);
    await page.getByRole('button', { name: 'Edit job' }).click();
    const checkbox = page.getByRole('checkbox', { name: /Demo Interviewer/ });
    await checkbox.setChecked(!wasOnTeam);
    await page.getByRole('button', { name: 'Save job' }).click();
    await page.getByRole('button', { name: 'Edit job' }).waitFor();
    const after = await api<ApiJob>(page, 'GET', `/api/jobs/${job.id}`);
    expect(after.hiringTeam.some((member) => member.email === 'interviewer@demo.test')).toBe(!wasOnTeam);
    await page.close();
  });

  it('removes an empty stage', async () => {
    const page = await world.browser.newPersonPage();
    await logIn(page, 'en');
    const job = await firstJob(page);
    await api(page, 'POST', `/api/jobs/${job.id}/stages`, { name: 'Temporary stage' });
    await page.goto(`${world.parley.url}/jobs/${job.id}/stages`);
    await page.getByRole('button', { name: 'Remove Temporary stage' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Remove' }).click();
    await page.getByText('The stage “Temporary stage” has been removed.').waitFor();
    const after = await api<ApiJob>(page, 'GET', `/api/jobs/${job.id}`);
    expect(after.stages.map((stage) => stage.name)).not.toContain('Temporary stage');
    await page.close();
  });

  it("saves a stage's settings, and says so when someone else saved them first", async () => {
    const page = await world.browser.newPersonPage();
    await logIn(page, 'en');
    const job = await firstJob(page);
    const stage = job.stages.find((each) => each.isInterview)!;
    await page.goto(`${world.parley.url}/jobs/${job.id}/stages`);
    await page.getByRole('button', { name: `Edit ${stage.name}` }).click();
    const form = page.getByRole('form', { name: `Settings of ${stage.name}` });
    await form.getByLabel('Default duration (minutes)').fill('90');

    // Meanwhile someone else saves the same stage.
    await api(page, 'PATCH', `/api/jobs/${job.id}/stages/${stage.id}`, {
      version: stage.version,
      defaultDurationMinutes: 30,
    });
    await form.getByRole('button', { name: 'Save stage' }).click();
    await form.getByRole('alert').getByText(en.jobs.conflict).waitFor();
    await expect.poll(() => form.getByLabel('Default duration (minutes)').inputValue()).toBe('30');

    await form.getByLabel('Default duration (minutes)').fill('75');
    await form.getByRole('button', { name: 'Save stage' }).click();
    await form.waitFor({ state: 'detached' });
    const after = await api<ApiJob>(page, 'GET', `/api/jobs/${job.id}`);
    expect(after.stages.find((each) => each.id === stage.id)).toMatchObject({ defaultDurationMinutes: 75 });
    await page.close();
  });
});
