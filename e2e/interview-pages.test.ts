import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import serverDe from '../apps/server/src/i18n/de.json';
import serverEn from '../apps/server/src/i18n/en.json';
import serverJa from '../apps/server/src/i18n/ja.json';
import de from '../apps/web/src/i18n/interviews/de.json';
import en from '../apps/web/src/i18n/interviews/en.json';
import ja from '../apps/web/src/i18n/interviews/ja.json';
import { useInterviewWorld } from './support/interview-world.ts';

/**
 * The Interviews list and the interview page in a real browser: Parley as `npm start` runs it, talking to
 * a standalone Zoom emulator over HTTP (so the test can inject Zoom's failures), an interview scheduled
 * through the API as the schedule dialog would, then followed, cancelled and retried on the pages.
 */
const world = useInterviewWorld();
const screenshots = join(process.env.E2E_SCREENSHOTS ?? '/tmp/parley-e2e-screenshots', 'interviews');

beforeAll(() => {
  mkdirSync(screenshots, { recursive: true });
});

const languages = [
  { language: 'en', texts: en, server: serverEn, job: 'Senior Backend Engineer', day: 2 },
  { language: 'de', texts: de, server: serverDe, job: 'Vertriebsmitarbeiter (m/w/d) Innendienst', day: 3 },
  { language: 'ja', texts: ja, server: serverJa, job: 'カスタマーサクセスマネージャー', day: 4 },
] as const;

/** Logs `email` in on a fresh browser context after saving `language` as their language. */
function logIn(email: string, language: string, title: string): Promise<Page> {
  return world.logInPerson(email, { language, landing: title });
}

/** Screenshots of the page at a desktop and a phone width, to look at. */
async function shoot(page: Page, name: string): Promise<void> {
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 860 });
    await page.screenshot({ path: join(screenshots, `${name}-${width}.png`), fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 860 });
}

function emulatorMeeting(zoomMeetingId: string | null | undefined) {
  return world.emulator.control
    .snapshot()
    .accounts.flatMap((account) => account.meetings)
    .find((meeting) => String(meeting.id) === zoomMeetingId);
}

/** The state badge of the interview page, as announced. */
const stateOf = (page: Page) => page.locator('.interview-state').innerText();

describe.each(languages)('interviews in $language', ({ language, texts, server, job, day }) => {
  /** An interview on the `index`-th application of this language's job, on its day at `hour`:00. */
  const scheduleOnDay = (index: number, hour: number) =>
    world.scheduleInterview({ job, index, days: day, hour });

  it('lists a scheduled interview, shows it Confirmed with its join link, and cancels it', async () => {
    const { interview: scheduled, candidateName } = await scheduleOnDay(0, 10);

    const page = await logIn('recruiter@demo.test', language, texts.title);
    const row = page.locator('.interview-row', {
      has: page.getByRole('link', { name: candidateName, exact: true }),
    });
    await row.waitFor();
    expect(await row.innerText()).toContain(job);
    await expect
      .poll(() => row.locator('.badge').innerText(), { timeout: 15_000 })
      .toBe(texts.state.confirmed);
    await shoot(page, `${language}-list`);

    // The week view: the interview in its day's column (this week or the next, it is 2–4 days away).
    await page.getByRole('radio', { name: texts.view.week }).click();
    await page.locator('.week-grid').waitFor();
    const inWeek = page.locator('.week-day').getByRole('link', { name: candidateName, exact: true });
    if ((await inWeek.count()) === 0) await page.getByRole('button', { name: texts.week.next }).click();
    await inWeek.waitFor();
    const dayColumn = page.locator('.week-day', {
      has: page.getByRole('link', { name: candidateName, exact: true }),
    });
    expect(await dayColumn.locator('.badge').first().innerText()).toBe(texts.state.confirmed);
    await shoot(page, `${language}-week`);

    await inWeek.click();
    // The name as written: 佐藤 美咲 stays family name first.
    await page.getByRole('heading', { level: 1, name: candidateName, exact: true }).waitFor();
    await expect.poll(() => stateOf(page)).toContain(texts.state.confirmed);
    const confirmed = await world.interviewNow(scheduled.id);
    const meeting = emulatorMeeting(confirmed.meeting?.zoomMeetingId);
    expect(meeting?.joinUrl).toBeTruthy();
    expect(await page.getByRole('link', { name: texts.meeting.join, exact: true }).getAttribute('href')).toBe(
      meeting?.joinUrl,
    );
    expect(await page.getByRole('main').innerText()).toContain(String(meeting?.id));
    await shoot(page, `${language}-interview`);

    // The job board's card of the application names the interview and links to it.
    await page.getByRole('main').getByRole('link', { name: job, exact: true }).click();
    const card = page.getByRole('article', { name: candidateName, exact: true });
    const chip = card.locator('a.interview-chip');
    await chip.waitFor();
    expect(await chip.innerText()).toMatch(new RegExp(`^${texts.chip.replace('{{time}}', '')}`));
    expect(await chip.getAttribute('href')).toBe(`/interviews/${scheduled.id}`);
    await shoot(page, `${language}-board`);
    await chip.click();
    await page.getByRole('heading', { level: 1, name: candidateName, exact: true }).waitFor();

    await page.getByRole('button', { name: texts.actions.cancel }).click();
    const dialog = page.getByRole('dialog', { name: texts.cancel.heading });
    await dialog.getByLabel(texts.cancel.reason).fill('Position filled');
    await dialog.getByRole('button', { name: texts.cancel.confirm }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => stateOf(page)).toContain(texts.state.cancelled);
    expect(await page.getByRole('main').innerText()).toContain('Position filled');
    // The calendar file of a cancelled interview cancels the event: the link does not offer to add it.
    const calendar = page.getByRole('link', { name: texts.messages.removeFromCalendar });
    expect(await calendar.getAttribute('href')).toBe(`/api/interviews/${scheduled.id}/calendar.ics`);
    expect(await page.getByRole('link', { name: texts.messages.addToCalendar }).count()).toBe(0);
    await expect
      .poll(() => emulatorMeeting(confirmed.meeting?.zoomMeetingId), { timeout: 15_000 })
      .toBeUndefined();
    await page.context().close();
  });

  it('explains a meeting Zoom refused, and Retry brings it back', async () => {
    world.emulator.control.injectFault({
      route: 'POST /v2/users/{userId}/meetings',
      count: 1,
      status: 400,
      code: 3161,
      message: 'Meeting hosting and scheduling capabilities are not allowed for your user account.',
    });
    const { interview: scheduled, candidateName } = await scheduleOnDay(1, 14);

    const page = await logIn('recruiter@demo.test', language, texts.title);
    await page.goto(`${world.parley.url}/interviews/${scheduled.id}`);
    await page.getByRole('heading', { level: 1, name: candidateName, exact: true }).waitFor();
    const failure = page.locator('.meeting-failure');
    await expect
      .poll(() => failure.innerText(), { timeout: 15_000 })
      .toContain(server.interviews.meetingFailure.hosting_not_allowed);
    // The server's reason in the reader's words, not a guess from Zoom's code alone.
    expect(await failure.innerText()).toContain(texts.meeting.failed);
    expect(await failure.innerText()).toContain('3161');
    expect(await stateOf(page)).toContain(texts.state.needs_attention);
    await shoot(page, `${language}-failure`);

    await failure.getByRole('button', { name: texts.meeting.retry }).click();
    await expect.poll(() => stateOf(page), { timeout: 15_000 }).toContain(texts.state.confirmed);
    const joinUrl = await page
      .getByRole('link', { name: texts.meeting.join, exact: true })
      .getAttribute('href');
    const retried = await world.interviewNow(scheduled.id);
    expect(emulatorMeeting(retried.meeting?.zoomMeetingId)?.joinUrl).toBe(joinUrl);
    await page.context().close();
  });
});

describe('an interviewer', () => {
  it('sees “My interviews”, with only the interviews they are on', async () => {
    const { candidateName } = await world.scheduleInterview({ index: 2, days: 5, hour: 10 });
    const page = await logIn('interviewer@demo.test', 'en', en.myTitle);
    await page.getByRole('heading', { level: 2, name: en.list.emptyTitle }).waitFor();
    expect(await page.getByRole('link', { name: candidateName }).count()).toBe(0);
    // The recruiter sees it in the same list.
    const recruiterPage = await logIn('recruiter@demo.test', 'en', en.title);
    await recruiterPage.getByRole('link', { name: candidateName, exact: true }).waitFor();
    await page.context().close();
    await recruiterPage.context().close();
  });
});

describe('an open interview page', () => {
  it('follows a change made elsewhere, without a reload', async () => {
    const { interview: scheduled, candidateName } = await world.scheduleInterview({
      index: 3,
      days: 6,
      hour: 10,
    });
    await expect
      .poll(async () => (await world.interviewNow(scheduled.id)).state, { timeout: 15_000 })
      .toBe('confirmed');
    const page = await logIn('recruiter@demo.test', 'en', en.title);
    await page.goto(`${world.parley.url}/interviews/${scheduled.id}`);
    await page.getByRole('heading', { level: 1, name: candidateName, exact: true }).waitFor();
    await expect.poll(() => stateOf(page)).toContain(en.state.confirmed);

    // A confirmed interview is not polled: only the change stream can tell the page.
    const { version } = await world.interviewNow(scheduled.id);
    await world.recruiter.request('POST', `/api/interviews/${scheduled.id}/cancel`, {
      version,
      reason: 'Elsewhere',
    });
    await expect.poll(() => stateOf(page), { timeout: 5_000 }).toContain(en.state.cancelled);
    expect(await page.getByRole('main').innerText()).toContain('Elsewhere');
    await page.context().close();
  });
});

/** The moved interview's 15:30–16:15 (UTC, the recruiter's zone) as each language writes it. */
const movedRanges: Record<(typeof languages)[number]['language'], RegExp> = {
  en: /3:30\s*–\s*4:15\sPM/,
  de: /15:30\s*–\s*16:15/,
  ja: /15:30\s*～\s*16:15/,
};

describe.each(languages)(
  'rescheduling and changing the host from the interview page in $language',
  ({ language, texts, job, day }) => {
    it('moves the same meeting, then moves it to another host with a new link, and says so', async () => {
      // A day of its own per language: Kim (Pro) hosts one meeting at a time.
      const { interview: scheduled, candidateName } = await world.scheduleInterview({
        job,
        index: 4,
        days: 7 + day,
        hour: 10,
        hostCandidateId: world.hostIds.Kim,
      });
      await expect
        .poll(async () => (await world.interviewNow(scheduled.id)).state, { timeout: 15_000 })
        .toBe('confirmed');
      const first = await world.interviewNow(scheduled.id);
      const page = await logIn('recruiter@demo.test', language, texts.title);
      await page.goto(`${world.parley.url}/interviews/${scheduled.id}`);
      await page.getByRole('heading', { level: 1, name: candidateName, exact: true }).waitFor();

      await page.getByRole('link', { name: texts.actions.reschedule }).click();
      await page.getByRole('heading', { level: 1, name: texts.change.title }).waitFor();
      await page.getByLabel(texts.schedule.time.start).fill('15:30');
      await page.getByRole('button', { name: texts.schedule.actions.save }).click();
      await page.getByRole('heading', { level: 1, name: candidateName, exact: true }).waitFor();
      await expect.poll(() => page.locator('.alert-success').innerText()).toBe(texts.page.saved);
      await expect.poll(() => stateOf(page), { timeout: 15_000 }).toContain(texts.state.confirmed);
      const moved = await world.interviewNow(scheduled.id);
      expect(moved.meeting?.zoomMeetingId).toBe(first.meeting?.zoomMeetingId);
      expect(emulatorMeeting(first.meeting?.zoomMeetingId)?.startTime).toMatch(/T15:30:00Z$/); // the recruiter's zone is UTC
      expect(await page.getByRole('main').innerText()).toMatch(movedRanges[language]);

      await page.getByRole('link', { name: texts.actions.changeHost }).click();
      await page.getByLabel(texts.schedule.host.label, { exact: true }).selectOption({ label: 'Lee' });
      await page.getByRole('button', { name: texts.schedule.actions.save }).click();
      await page.getByRole('heading', { level: 1, name: candidateName, exact: true }).waitFor();
      await expect.poll(() => page.locator('.alert-success').innerText()).toBe(texts.page.savedLinkChanges);
      await expect.poll(() => stateOf(page), { timeout: 15_000 }).toContain(texts.state.confirmed);
      const rehosted = await world.interviewNow(scheduled.id);
      expect(rehosted.meeting?.zoomMeetingId).not.toBe(first.meeting?.zoomMeetingId);
      expect(emulatorMeeting(rehosted.meeting?.zoomMeetingId)?.hostEmail).toBe('member2@acme.test');
      await expect
        .poll(() => emulatorMeeting(first.meeting?.zoomMeetingId), { timeout: 15_000 })
        .toBeUndefined();
      await page.getByText(texts.meeting.linkChanged).waitFor();
      expect(
        await page.getByRole('link', { name: texts.meeting.join, exact: true }).getAttribute('href'),
      ).toBe(emulatorMeeting(rehosted.meeting?.zoomMeetingId)?.joinUrl);
      await shoot(page, `${language}-rehosted`);

      // Cancelled afterwards on the same page: the note that the change was saved does not linger.
      await page.getByRole('button', { name: texts.actions.cancel }).click();
      const dialog = page.getByRole('dialog', { name: texts.cancel.heading });
      await dialog.getByRole('button', { name: texts.cancel.confirm }).click();
      await expect.poll(() => stateOf(page)).toContain(texts.state.cancelled);
      expect(await page.locator('.alert-success').count()).toBe(0);
      await page.context().close();
    });
  },
);
