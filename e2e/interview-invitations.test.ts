import { describe, expect, it } from 'vitest';
import en from '../apps/web/src/i18n/interviews/en.json';
import { type InterviewAnswer, useInterviewWorld } from './support/interview-world.ts';

/**
 * What a candidate sees: an interview scheduled through the API, its invitation opened in the developer
 * mailbox in a real browser (the text with the join link, the calendar part), and the interview page's
 * list of e-mails sent.
 */
const world = useInterviewWorld();

interface SentMessage {
  role: string;
  kind: string;
  recipientEmail: string;
  state: string;
}

describe('the invitation a candidate gets', () => {
  it('arrives in the developer mailbox with the join link and the calendar event, and is listed on the interview', async () => {
    await world.recruiter.request('PATCH', '/api/me', { language: 'en' });
    const { interview: scheduled, candidateName } = await world.scheduleInterview({
      index: 0,
      days: 5,
      hour: 11,
    });
    const sentMessages = async () =>
      (
        await world.recruiter.request<{ messages: SentMessage[] }>(
          'GET',
          `/api/interviews/${scheduled.id}/messages`,
        )
      ).messages;
    await expect
      .poll(async () => (await sentMessages()).find((message) => message.role === 'candidate')?.state, {
        timeout: 30_000,
      })
      .toBe('delivered');
    const messages = await sentMessages();
    const candidateEmail = messages.find((message) => message.role === 'candidate')?.recipientEmail as string;
    const { interview } = await world.recruiter.request<{ interview: InterviewAnswer }>(
      'GET',
      `/api/interviews/${scheduled.id}`,
    );
    const joinUrl = interview.meeting?.joinUrl as string;

    const admin = await world.logInPerson('admin@demo.test');
    await admin.goto(`${world.parley.url}/settings/mailbox`);
    const toCandidate = admin.locator('.message-list li', { hasText: candidateEmail }).getByRole('link');
    await toCandidate.first().waitFor();
    await toCandidate.first().click();
    // The message page (the list shows the address too): its calendar part is open.
    await admin.waitForURL(/\/settings\/mailbox\/[^/]+$/);
    await admin.locator('.message-calendar').waitFor();
    const body = await admin.getByRole('main').innerText();
    expect(body).toContain(joinUrl);
    expect(body).toContain('METHOD:REQUEST');
    expect(body).toContain(`UID:interview-${scheduled.id}@parley.invalid`);
    expect(body).not.toMatch(/\/s\/\d{6,}|zak=/);

    const page = await world.logInPerson('recruiter@demo.test');
    await page.goto(`${world.parley.url}/interviews/${scheduled.id}`);
    await page.getByRole('heading', { level: 1, name: candidateName, exact: true }).waitFor();
    const list = page.getByRole('region', { name: en.messages.heading });
    await list.getByText(candidateEmail).first().waitFor();
    expect(await list.innerText()).toContain('delivered');
    const download = page.getByRole('link', { name: en.messages.addToCalendar });
    expect(await download.getAttribute('href')).toBe(`/api/interviews/${scheduled.id}/calendar.ics`);
  });
});
