import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ApiSession, signInApi } from './support/api-session.ts';
import { useBrowserWorld } from './support/browser-world.ts';
import { applicationInInterviewStage } from './support/interview-world.ts';
import { screenshot } from './support/page-layout.ts';

/*
 * The schedule dialog of an organization that has not connected Zoom: the demo's interview stages are set
 * to "Zoom meeting", which cannot be made, so the dialog must start at a place that can (in person) and
 * still say why Zoom is out. And the calendar's view follows the window's width while it is open.
 */

const world = useBrowserWorld();
let recruiter: ApiSession;

beforeAll(async () => {
  recruiter = await signInApi(world.parley.url, 'recruiter@demo.test');
  await recruiter.request('PATCH', '/api/me', { timeZone: 'Europe/Berlin' });
}, 120_000);

async function logIn(page: Page) {
  await world.logIn(page, 'recruiter@demo.test');
}

/** Opens the schedule page of the `index`-th application of `jobTitle`, moved into an interview stage. */
async function openScheduleDialog(page: Page, jobTitle: string, index: number) {
  const { jobs } = await recruiter.request<{ jobs: { id: string; title: string }[] }>('GET', '/api/jobs');
  const jobId = jobs.find((job) => job.title === jobTitle)!.id;
  const { applicationId } = await applicationInInterviewStage(recruiter, jobTitle, index);
  await page.goto(`${world.parley.url}/jobs/${jobId}/applications/${applicationId}/schedule`);
  await page.locator('.fc-timegrid-body').waitFor();
}

/** Clicks the 10:00 slot of the `dayIndex`-th day of next week, as a recruiter picks a start. */
async function pickNextWeekAtTen(page: Page, dayIndex: number) {
  await page.locator('.fc-next-button').click();
  const column = page.locator('td.fc-timegrid-col[data-date]').nth(dayIndex);
  const slot = page.locator('td.fc-timegrid-slot-lane[data-time="10:00:00"]');
  await slot.scrollIntoViewIfNeeded();
  const columnBox = await column.boundingBox();
  const slotBox = await slot.boundingBox();
  if (!columnBox || !slotBox) throw new Error('The calendar is not laid out');
  await page.mouse.click(columnBox.x + columnBox.width / 2, slotBox.y + 4);
}

const wordings = [
  {
    language: 'en',
    jobTitle: 'Senior Backend Engineer',
    inPerson: 'In person',
    webMeeting: 'Web meeting',
    notConnected: 'Zoom is not connected for your organization',
    create: 'Create interview',
  },
  {
    language: 'de',
    jobTitle: 'Vertriebsmitarbeiter (m/w/d) Innendienst',
    inPerson: 'Vor Ort',
    webMeeting: 'Web-Meeting',
    notConnected: 'Zoom ist für Ihr Unternehmen nicht verbunden',
    create: 'Interview erstellen',
  },
  {
    language: 'ja',
    jobTitle: 'カスタマーサクセスマネージャー',
    inPerson: '対面',
    webMeeting: 'Web 会議',
    notConnected: '組織の Zoom が接続されていません',
    create: '面接を作成',
  },
] as const;

describe('the schedule dialog without Zoom', () => {
  it.each(wordings.map((wording, index) => [wording.language, wording, index] as const))(
    'in %s: starts in person, says why Zoom is out, and a picked time can be created',
    async (_language, wording, index) => {
      await recruiter.request('PATCH', '/api/me', { language: wording.language });
      const page = await world.browser.newPersonPage();
      await logIn(page);
      await openScheduleDialog(page, wording.jobTitle, 0);

      expect(await page.getByRole('radio', { name: wording.inPerson }).isChecked()).toBe(true);
      const notice = page.locator('.alert-warning', { hasText: wording.notConnected });
      await notice.waitFor();
      // The hint before a time is picked promises no Web meeting options that will never come.
      const hint = page.locator('.schedule-side .alert-info');
      expect(await hint.innerText()).not.toContain(wording.webMeeting);
      await screenshot(page, `schedule-no-zoom-${wording.language}-1280`);

      await pickNextWeekAtTen(page, index + 1);
      await expect.poll(() => page.getByTestId('schedule-range').innerText()).toMatch(/10[:時]/);
      expect(await notice.isVisible()).toBe(true);
      const create = page.getByRole('button', { name: wording.create });
      await expect.poll(() => create.isEnabled()).toBe(true);
      await page.setViewportSize({ width: 375, height: 812 });
      await screenshot(page, `schedule-no-zoom-${wording.language}-375`);
      await page.setViewportSize({ width: 1280, height: 860 });

      await create.click();
      await page.waitForURL(/\/interviews\/[0-9a-f-]{36}$/);
      const interviewId = new URL(page.url()).pathname.split('/').at(-1);
      const { interview } = await recruiter.request<{
        interview: { locationKind: string; video: boolean; meeting: unknown };
      }>('GET', `/api/interviews/${interviewId}`);
      expect(interview).toMatchObject({ locationKind: 'in_person', video: false, meeting: null });
      await page.close();
    },
    90_000,
  );

  it('follows the window’s width: seven days wide, three on a phone, without a reload', async () => {
    await recruiter.request('PATCH', '/api/me', { language: 'en' });
    const page = await world.browser.newPersonPage();
    await logIn(page);
    await openScheduleDialog(page, 'Senior Backend Engineer', 1);
    const days = page.locator('td.fc-timegrid-col[data-date]');
    await expect.poll(() => days.count()).toBe(7);
    await page.setViewportSize({ width: 375, height: 812 });
    await expect.poll(() => days.count()).toBe(3);
    await screenshot(page, 'schedule-resized-375');
    await page.setViewportSize({ width: 1280, height: 860 });
    await expect.poll(() => days.count()).toBe(7);
    await page.close();
  }, 60_000);
});
