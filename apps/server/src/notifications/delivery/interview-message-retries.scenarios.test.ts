import { describe, expect, it } from 'vitest';
import type { MailCatcher } from '../../mail/mail-catcher.ts';
import { eventually } from '../../test/create-test-app.ts';
import {
  applicationOf,
  caughtMail,
  scheduleConfirmed,
  useInterviewMessageWorld,
} from '../testing/interview-message-world.ts';
import { sendInterviewMessageJob } from './send-interview-message.job.ts';

/**
 * Invitations to a mail server that turns them away for now (a 4xx at `RCPT TO`, from the development
 * mailbox's real SMTP server): retried until the server takes them, or until the job's retries are used
 * up, and what the editors' message history says in each case.
 */

/** A message of the history, as the interview page gets it. */
interface HistoryEntry {
  recipientEmail: string;
  state: string;
  attempts: number;
  smtpResponse: string | null;
}

const world = useInterviewMessageWorld();
/** The development mailbox's SMTP server, which turns messages away when told. */
const catcher = () => world.parley.mailCatcher as MailCatcher;

/**
 * Makes every waiting retry of an interview message due now: the job's real backoff (30 s, doubling) would
 * make this file take half an hour.
 */
async function runRetriesNow() {
  await world.parley.database.executeSql(
    `UPDATE pgboss.job SET start_after = now() WHERE name = $1 AND state = 'retry'`,
    [sendInterviewMessageJob.name],
  );
}

/** Schedules an interview with the candidate at `email` and waits until the invitation to them settles. */
async function inviteAndSettle(name: string, email: string, startAt: string) {
  const interview = await scheduleConfirmed(world, {
    startAt,
    timeZone: 'Europe/Berlin',
    hostLabel: 'Kim',
    applicationId: await applicationOf(world, name, email),
  });
  const fastForward = setInterval(() => void runRetriesNow(), 500);
  try {
    const message = await eventually(async () => {
      const response = await world.parley.request({
        method: 'GET',
        url: `/api/interviews/${interview.id}/messages`,
        as: world.recruiter,
      });
      expect(response.statusCode).toBe(200);
      const toCandidate = (response.json().messages as HistoryEntry[]).find(
        (entry) => entry.recipientEmail === email,
      );
      return toCandidate && ['delivered', 'failed'].includes(toCandidate.state) ? toCandidate : undefined;
    }, 90_000);
    return { interview, message };
  } finally {
    clearInterval(fastForward);
  }
}

describe('an invitation the mail server turns away for now (4xx)', () => {
  it('is sent again until the server takes it: delivered in the history, one message in the mailbox', async () => {
    const email = 'busy-then-fine@example.com';
    catcher().refuse({ recipient: email, code: 451, message: 'try again later', times: 2 });
    const { message } = await inviteAndSettle('Ben Ito', email, '2027-04-06T10:00');

    expect(message).toMatchObject({ kind: 'invitation', role: 'candidate', state: 'delivered', attempts: 3 });
    expect(message.smtpResponse).toMatch(/^250 /);
    const mailbox = await caughtMail(world, email);
    expect(mailbox).toHaveLength(1);
    expect(mailbox[0]?.calendar).toContain('METHOD:REQUEST');
  });

  it('is shown as failed with the server’s reply once the retries are used up, and never reaches the mailbox', async () => {
    const email = 'always-busy@example.com';
    catcher().refuse({ recipient: email, code: 452, message: 'mailbox full, try again later' });
    const { message } = await inviteAndSettle('Cleo Park', email, '2027-04-07T10:00');

    // The first try and every retry of the job (its retry limit) reached the server.
    expect(message).toMatchObject({
      kind: 'invitation',
      role: 'candidate',
      state: 'failed',
      attempts: sendInterviewMessageJob.retry.limit + 1,
      settledAt: expect.any(String),
    });
    expect(message.smtpResponse).toMatch(/^452 mailbox full, try again later/);
    expect(await caughtMail(world, email)).toEqual([]);
  });
});
