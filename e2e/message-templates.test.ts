import { describe, expect, it } from 'vitest';
import en from '../apps/web/src/i18n/notifications/en.json';
import {
  applicationInInterviewStage,
  daysFromNow,
  scheduleZoomInterview,
  useInterviewWorld,
} from './support/interview-world.ts';

/**
 * An admin rewords the German candidate invitation in Settings → Message templates (a bad variable is
 * refused at the field first), and the next German candidate's invitation in the developer mailbox says
 * the new words.
 */
const world = useInterviewWorld();

const words = en.templates;
const germanBody =
  'Guten Tag {recipient_name},\n\nwir freuen uns auf das Gespräch über {job} am {start}.\n\nHier geht es zum Meeting: {join_url}';

describe('message templates', () => {
  it('an admin edits the German candidate invitation; the next German candidate gets the edited text', async () => {
    const admin = await world.logInPerson('admin@demo.test');
    await admin.goto(`${world.parley.url}/settings/message-templates`);
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

    const { applicationId } = await applicationInInterviewStage(
      world.recruiter,
      'Senior Backend Engineer',
      1,
    );
    const { application } = await world.recruiter.request<{ application: { candidate: { id: string } } }>(
      'GET',
      `/api/applications/${applicationId}`,
    );
    const { candidate } = await world.recruiter.request<{ candidate: { version: number; email: string } }>(
      'GET',
      `/api/candidates/${application.candidate.id}`,
    );
    await world.recruiter.request('PATCH', `/api/candidates/${application.candidate.id}`, {
      language: 'de',
      timeZone: 'Europe/Berlin',
      version: candidate.version,
    });
    const scheduled = await scheduleZoomInterview(world.recruiter, applicationId, daysFromNow(6, 10));
    await expect
      .poll(
        async () => {
          const { messages } = await world.recruiter.request<{ messages: { role: string; state: string }[] }>(
            'GET',
            `/api/interviews/${scheduled.id}/messages`,
          );
          return messages.find((message) => message.role === 'candidate')?.state;
        },
        { timeout: 30_000 },
      )
      .toBe('delivered');

    await admin.goto(`${world.parley.url}/settings/mailbox`);
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
