import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import de from '../apps/web/src/i18n/interviews/de.json';
import en from '../apps/web/src/i18n/interviews/en.json';
import ja from '../apps/web/src/i18n/interviews/ja.json';
import { connectDemoZoom, useInterviewWorld } from './support/interview-world.ts';

/**
 * How Parley keeps meetings in step with Zoom, in a real browser against a standalone emulator that
 * delivers its signed webhooks to Parley: a meeting deleted on the emulator's control page shows up on the
 * open interview page and is recreated from there; Settings → Zoom runs the reconcile job and shows the
 * interviews a lost connection affects, which also say so on their own pages.
 */
const world = useInterviewWorld({ webhookApps: ['parley-org', 'parley-user', 'parley-s2s'] });
const screenshots = join(process.env.E2E_SCREENSHOTS ?? '/tmp/parley-e2e-screenshots', 'meeting-guard');

beforeAll(() => {
  mkdirSync(screenshots, { recursive: true });
});

function logIn(email: string, language: string): Promise<Page> {
  return world.logInPerson(email, { language });
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 860 });
  await page.screenshot({ path: join(screenshots, `${name}-1280.png`), fullPage: true });
}

async function confirmedInterview(index: number, day: number, hour: number) {
  const { interview: scheduled, candidateName } = await world.scheduleInterview({
    index,
    days: day,
    hour,
    hostCandidateId: world.hostIds.Kim,
  });
  await expect
    .poll(async () => (await world.interviewNow(scheduled.id)).state, { timeout: 20_000 })
    .toBe('confirmed');
  return { interview: await world.interviewNow(scheduled.id), candidateName };
}

describe('a meeting deleted in Zoom', () => {
  it('shows Deleted in Zoom on the open interview page, without a reload, and Recreate makes a new meeting', async () => {
    const { interview, candidateName } = await confirmedInterview(0, 3, 11);
    const page = await logIn('recruiter@demo.test', 'en');
    await page.goto(`${world.parley.url}/interviews/${interview.id}`);
    await page.getByRole('heading', { level: 1, name: candidateName, exact: true }).waitFor();
    const oldJoin = await page.getByRole('link', { name: en.meeting.join, exact: true }).getAttribute('href');
    expect(oldJoin).toBe(interview.meeting?.joinUrl);

    // Someone deletes the meeting on the emulator's control page, as a Zoom user would in Zoom.
    const zoom = await world.browser.newPersonPage();
    await zoom.goto(`${world.emulator.url}/_emulator/`);
    await zoom.getByRole('button', { name: `Delete meeting ${interview.meeting?.zoomMeetingId}` }).click();
    await zoom.waitForLoadState('load');
    await zoom.context().close();

    const deleted = page.locator('.meeting-deleted-in-zoom');
    await deleted.waitFor({ timeout: 15_000 });
    expect(await deleted.innerText()).toContain(en.meeting.deletedInZoom);
    await shoot(page, 'en-deleted-in-zoom');

    await deleted.getByRole('button', { name: en.meeting.recreate }).click();
    const join = page.getByRole('link', { name: en.meeting.join, exact: true });
    await expect
      .poll(() => join.getAttribute('href').catch(() => null), { timeout: 20_000 })
      .not.toBe(oldJoin);
    await page.getByText(en.meeting.linkChanged).waitFor();
    const recreated = await world.interviewNow(interview.id);
    expect(recreated.meeting?.zoomMeetingId).not.toBe(interview.meeting?.zoomMeetingId);
    expect(await join.getAttribute('href')).toBe(recreated.meeting?.joinUrl);
    await page.context().close();
  });
});

describe('Settings → Zoom for admins', () => {
  it('turns on auto-recreate and reconciles now, showing the run’s counts when it finishes', async () => {
    await confirmedInterview(1, 4, 11);
    const page = await logIn('admin@demo.test', 'en');
    await page.goto(`${world.parley.url}/settings/zoom`);
    const section = page.locator('section.meeting-guard');
    await section.getByRole('heading', { name: en.meetingGuard.heading }).waitFor();

    const autoRecreate = section.getByLabel(en.meetingGuard.autoRecreate);
    expect(await autoRecreate.isChecked()).toBe(false);
    // The switch shows what the server stored: it turns once the answer is back.
    await autoRecreate.click();
    await expect.poll(() => autoRecreate.isChecked()).toBe(true);
    await expect
      .poll(
        async () =>
          (await world.admin.request<{ autoRecreate: boolean }>('GET', '/api/zoom/meeting-guard'))
            .autoRecreate,
      )
      .toBe(true);
    await autoRecreate.click();
    await expect.poll(() => autoRecreate.isChecked()).toBe(false);
    await expect
      .poll(
        async () =>
          (await world.admin.request<{ autoRecreate: boolean }>('GET', '/api/zoom/meeting-guard'))
            .autoRecreate,
      )
      .toBe(false);

    await section.getByRole('button', { name: en.meetingGuard.reconcile }).click();
    const counts = section.locator('.reconcile-counts');
    await counts.waitFor({ timeout: 20_000 });
    const text = await counts.innerText();
    expect(text).toContain(en.meetingGuard.counts.interviewsChecked);
    expect(text).toContain(en.meetingGuard.counts.orphansDeleted);
    const guard = await world.admin.request<{ lastReconcile: { counts: { interviewsChecked: number } } }>(
      'GET',
      '/api/zoom/meeting-guard',
    );
    expect(guard.lastReconcile.counts.interviewsChecked).toBeGreaterThanOrEqual(1);
    await page.context().close();
  });

  it('lists the interviews a removed connection affects, says so on their pages, and Re-validate clears them', async () => {
    const { interview, candidateName } = await confirmedInterview(2, 5, 11);
    await world.admin.request('DELETE', '/api/zoom/organization');

    for (const [language, texts] of [
      ['en', en],
      ['de', de],
      ['ja', ja],
    ] as const) {
      const page = await logIn('admin@demo.test', language);
      await page.goto(`${world.parley.url}/interviews/${interview.id}`);
      const banner = page.locator('.connection-flag');
      await banner.waitFor();
      expect(await banner.innerText()).toContain(texts.connectionFlag.removed);
      expect(await banner.innerText()).toContain(texts.connectionFlag.actionAdmin);
      await shoot(page, `${language}-interview-connection-flag`);
      await page.goto(`${world.parley.url}/settings/zoom`);
      const flagged = page.locator('section.flagged-interviews');
      await flagged.getByRole('link', { name: candidateName, exact: true }).waitFor();
      expect(await flagged.innerText()).toContain(texts.flaggedInterviews.reason.removed);
      await shoot(page, `${language}-settings-zoom`);
      await page.context().close();
    }
    const recruiterPage = await logIn('recruiter@demo.test', 'en');
    await recruiterPage.goto(`${world.parley.url}/interviews/${interview.id}`);
    await recruiterPage.locator('.connection-flag').getByText(en.connectionFlag.actionOthers).waitFor();
    await recruiterPage.context().close();

    // Reconnected, one click re-validates.
    await connectDemoZoom(world.parley.url, world.emulator);
    const page = await logIn('admin@demo.test', 'en');
    await page.goto(`${world.parley.url}/settings/zoom`);
    const flagged = page.locator('section.flagged-interviews');
    await flagged.getByRole('link', { name: candidateName, exact: true }).waitFor();
    await flagged.getByRole('button', { name: en.flaggedInterviews.revalidate }).click();
    await flagged.getByText(en.flaggedInterviews.empty).waitFor({ timeout: 20_000 });
    await flagged.locator('.alert-success').waitFor();
    await flagged.getByRole('link', { name: candidateName, exact: true }).waitFor({ state: 'detached' });
    await page.goto(`${world.parley.url}/interviews/${interview.id}`);
    await page.getByRole('heading', { level: 1, name: candidateName, exact: true }).waitFor();
    expect(await page.locator('.connection-flag').count()).toBe(0);
    await page.context().close();
  });
});
