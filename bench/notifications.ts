/**
 * Interview messages benchmark: 1,000 invitations, each rendered for its reader (language, zone, MJML
 * layout, text part, calendar file) and handed to a local SMTP server through Parley's mailer, 8 at a
 * time as the send job's workers run. Next to it, in the same run and against the same server, nodemailer
 * sends one fixed pre-rendered message (with the same calendar parts) 1,000 times: the ratio of the two
 * rates is what rendering and assembling each message costs on top of the SMTP exchange itself.
 * Run: `npm run bench:notifications`.
 */
import type { AddressInfo } from 'node:net';
import type { Language } from '@parley/api-contract';
import { SMTPServer } from 'smtp-server';
import { createMailer, type Mailer, type OutgoingMail } from '../apps/server/src/mail/mailer.ts';
import { planInterviewMessages } from '../apps/server/src/notifications/invitations/plan-interview-messages.ts';
import { renderInterviewMessage } from '../apps/server/src/notifications/invitations/render-interview-message.ts';
import { interviewSnapshotFixture } from '../apps/server/src/notifications/testing/interview-snapshot-fixture.ts';

const messageCount = 1_000;
const concurrency = 8;
const target = { ratio: 0.5 };
const organizationId = '5a1d0c2b-7e3f-4a9b-8c6d-1e2f3a4b5c6d';
const readers: { language: Language; timeZone: string }[] = [
  { language: 'ja', timeZone: 'Asia/Tokyo' },
  { language: 'de', timeZone: 'Europe/Berlin' },
  { language: 'en', timeZone: 'America/New_York' },
];

/** A local SMTP server that accepts every message and keeps only the count. */
async function startSink(): Promise<{ server: SMTPServer; url: string; received: () => number }> {
  let received = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received++;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return { server, url: `smtp://127.0.0.1:${port}`, received: () => received };
}

/** The i-th invitation: a different candidate, reader and time each, so nothing is rendered twice. */
async function invitation(index: number): Promise<OutgoingMail> {
  const reader = readers[index % readers.length] as (typeof readers)[number];
  const start = new Date(Date.UTC(2027, 2, 1 + (index % 28), 8 + (index % 9)));
  const snapshot = interviewSnapshotFixture({
    version: 1,
    startAt: start.toISOString(),
    endAt: new Date(start.getTime() + 45 * 60_000).toISOString(),
    candidate: {
      id: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
      name: `Candidate ${index}`,
      email: `candidate-${index}@example.test`,
      ...reader,
    },
  });
  const [planned] = planInterviewMessages(snapshot, 'confirmed', []);
  if (!planned) throw new Error('no invitation planned');
  const rendered = await renderInterviewMessage({
    snapshot,
    ...planned,
    previousStartAt: null,
    passcode: '493817',
    phonePasscode: '493817',
    publicUrl: 'https://parley.example',
    now: new Date(),
    template: null,
  });
  return {
    organizationId,
    to: planned.recipient.reader.email,
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
    calendar: { ...rendered.calendar, filename: 'invite.ics' },
  };
}

/** Runs `send(i)` for i < messageCount, `concurrency` at a time; messages per second. */
async function rate(send: (index: number) => Promise<void>): Promise<number> {
  let next = 0;
  const began = performance.now();
  const worker = async () => {
    while (next < messageCount) await send(next++);
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return messageCount / ((performance.now() - began) / 1000);
}

const sink = await startSink();
const mailer: Mailer = createMailer({ smtpUrl: sink.url, from: 'Parley <parley@localhost>' });
let verdict = 'MISSED';
try {
  const fixed = await invitation(0);
  // A few sends first, so neither side pays for the first connection or the first compile alone.
  for (let index = 0; index < 10; index++) await mailer.send(fixed);
  const baseline = await rate(async () => {
    await mailer.send(fixed);
  });
  const invitations = await rate(async (index) => {
    await mailer.send(await invitation(index + 1));
  });
  const ratio = invitations / baseline;
  const delivered = sink.received() === 10 + 2 * messageCount;
  verdict = ratio >= target.ratio && delivered ? 'ok' : 'MISSED';
  console.log(`pre-rendered message, nodemailer: ${baseline.toFixed(0)} messages/s`);
  console.log(`invitations rendered with calendar files: ${invitations.toFixed(0)} messages/s`);
  console.log(`messages received by the SMTP server: ${sink.received()} of ${10 + 2 * messageCount}`);
  console.log(
    `bench notifications: invitations_per_s=${invitations.toFixed(0)} nodemailer_fixed_per_s=${baseline.toFixed(0)} ` +
      `ratio=${ratio.toFixed(2)} target ratio>=${target.ratio} ${verdict}`,
  );
} finally {
  mailer.close();
  await new Promise<void>((resolve) => sink.server.close(() => resolve()));
}
process.exit(verdict === 'ok' ? 0 : 1);
