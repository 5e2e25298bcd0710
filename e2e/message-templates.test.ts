import { startZoomEmulator, type ZoomEmulator } from '@parley/zoom-emulator';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import en from '../apps/web/src/i18n/notifications/en.json';
import { type ApiSession, signInApi } from './support/api-session.ts';
import {
  applicationInInterviewStage,
  connectDemoZoom,
  daysFromNow,
  scheduleZoomInterview,
} from './support/interview-world.ts';
import { launchBrowser, type TestBrowser } from './support/launch-browser.ts';
import { DEMO_PASSWORD, type RunningParley, startParley } from './support/start-parley.ts';

/**
 * An admin rewords the German candidate invitation in Settings → Message templates (a bad variable is
 * refused at the field first), and the next German candidate's invitation in the developer mailbox says
 * the new words.
 */
let emulator: ZoomEmulator;
let parley: RunningParley;
let browser: TestBrowser;
let recruiter: ApiSession;

beforeAll(async () => {
  emulator = await startZoomEmulator({ port: 0, host: '127.0.0.1', testMode: true });
  parley = await startParley({ ZOOM_OAUTH_URL: emulator.url, ZOOM_API_URL: emulator.url });
  browser = await launchBrowser();
  await connectDemoZoom(parley.url, emulator);
  recruiter = await signInApi(parley.url, 'recruiter@demo.test');
});
afterAll(async () => {
  await browser?.close();
  await parley?.stop();
  await emulator?.close();
});

async function logIn(email: string): Promise<Page> {
  const page = await browser.newPersonPage();
  await page.goto(`${parley.url}/login`);
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
  return page;
}

const words = en.templates;
const germanBody =
  'Guten Tag {recipient_name},\n\nwir freuen uns auf das Gespräch über {job} am {start}.\n\nHier geht es zum Meeting: {join_url}';

describe('message templates', () => {
  it('an admin edits the German candidate invitation; the next German candidate gets the edited text', async () => {
    const admin = await logIn('admin@demo.test');
    await admin.goto(`${parley.url}/settings/message-templates`);
    await admin.getByLabel(words.kind).selectOption('candidate_invitation');
    await admin.getByLabel(words.language).selectOption('de');
    const subject = admin.getByLabel(words.subject);
    await expect.poll(() => subject.inputValue()).toContain('Vorstellungsgespräch');

    await subject.fill('Einladung: {job} am {datum}');
    await admin.getByText('Unknown variable {datum}', { exact: false }).waitFor();
    await subject.fill('Unser Gespräch: {job}');
    const body = admin.getByLabel(words.body, { exact: true });
    await body.fill(germanBody.replace('{join_url}', ''));
    await admin.getByText(words.problems.missingJoinUrl).waitFor();
    await body.fill(germanBody);
    // The preview is the server's rendering of the typed template, with sample data.
    await admin
      .locator('.template-preview-subject', { hasText: 'Unser Gespräch: Backend Engineer' })
      .waitFor();
    await admin.getByRole('button', { name: words.save }).click();
    await admin.getByText(words.saved).waitFor();

    const { applicationId } = await applicationInInterviewStage(recruiter, 'Senior Backend Engineer', 1);
    const { application } = await recruiter.request<{ application: { candidate: { id: string } } }>(
      'GET',
      `/api/applications/${applicationId}`,
    );
    const { candidate } = await recruiter.request<{ candidate: { version: number; email: string } }>(
      'GET',
      `/api/candidates/${application.candidate.id}`,
    );
    await recruiter.request('PATCH', `/api/candidates/${application.candidate.id}`, {
      language: 'de',
      timeZone: 'Europe/Berlin',
      version: candidate.version,
    });
    const scheduled = await scheduleZoomInterview(recruiter, applicationId, daysFromNow(6, 10));
    await expect
      .poll(
        async () => {
          const { messages } = await recruiter.request<{ messages: { role: string; state: string }[] }>(
            'GET',
            `/api/interviews/${scheduled.id}/messages`,
          );
          return messages.find((message) => message.role === 'candidate')?.state;
        },
        { timeout: 30_000 },
      )
      .toBe('delivered');

    await admin.goto(`${parley.url}/settings/mailbox`);
    const toCandidate = admin.locator('.message-list li', { hasText: candidate.email }).getByRole('link');
    await toCandidate.first().waitFor();
    expect(await toCandidate.first().innerText()).toBe('Unser Gespräch: Senior Backend Engineer');
    await toCandidate.first().click();
    await admin.waitForURL(/\/settings\/mailbox\/[^/]+$/);
    await admin.locator('.message-calendar').waitFor();
    const mail = await admin.getByRole('main').innerText();
    expect(mail).toContain('wir freuen uns auf das Gespräch über Senior Backend Engineer am');
    expect(mail).toMatch(/Hier geht es zum Meeting: https?:\/\/\S+\/j\/\d+/);
  });
});
