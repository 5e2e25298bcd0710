import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InterviewWorld } from '../../interviews/testing/interview-test-world.ts';
import { eventually } from '../../test/create-test-app.ts';
import { findStartLinks } from '../../test/mail-start-link-scan.ts';
import {
  applicationOf,
  createInterviewMessageWorld,
  messageRowsOf,
  scheduleConfirmed,
  settledMessages,
} from '../testing/interview-message-world.ts';
import { readInterviewCalendar } from '../testing/read-interview-calendar.ts';

/** What the strict server saw of one message. */
interface ReceivedMail {
  to: string[];
  secure: boolean;
  user: string | undefined;
  raw: string;
}

const received: ReceivedMail[] = [];
const bouncing = 'ana@example.com';
/** A mailbox whose server is busy: 451 (try again later) at RCPT TO. */
const busy = 'ben@example.com';
let certificateDir: string;
let smtp: SMTPServer;
let world: InterviewWorld;

/**
 * A mail server as strict as a provider's: STARTTLS with a certificate (self-signed, made here), AUTH
 * required and refused before TLS, and a mailbox that does not exist (550 at RCPT TO).
 */
async function startStrictServer(): Promise<number> {
  certificateDir = mkdtempSync(path.join(tmpdir(), 'parley-smtp-'));
  const key = path.join(certificateDir, 'key.pem');
  const cert = path.join(certificateDir, 'cert.pem');
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
    ],
    { stdio: 'ignore' },
  );
  smtp = new SMTPServer({
    key: readFileSync(key),
    cert: readFileSync(cert),
    authMethods: ['PLAIN', 'LOGIN'],
    logger: false,
    onAuth(auth, session, callback) {
      if (!session.secure) return callback(new Error('TLS first'));
      const valid = auth.username === 'parley' && auth.password === 'mail-password';
      callback(valid ? null : new Error('Invalid credentials'), valid ? { user: 'parley' } : undefined);
    },
    onRcptTo(address, _session, callback) {
      if (address.address === bouncing) {
        return callback(Object.assign(new Error('mailbox unavailable'), { responseCode: 550 }));
      }
      if (address.address === busy) {
        return callback(Object.assign(new Error('try again later'), { responseCode: 451 }));
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push({
          to: session.envelope.rcptTo.map((entry) => entry.address),
          secure: session.secure,
          user: session.user as string | undefined,
          raw: Buffer.concat(chunks).toString('utf8'),
        });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  return (smtp.server.address() as AddressInfo).port;
}

beforeAll(async () => {
  const port = await startStrictServer();
  const ca = encodeURIComponent(readFileSync(path.join(certificateDir, 'cert.pem'), 'utf8'));
  world = await createInterviewMessageWorld({
    env: { SMTP_URL: `smtp://parley:mail-password@127.0.0.1:${port}/?requireTLS=true&tls.ca=${ca}` },
  });
});
afterAll(async () => {
  await world.parley.close();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  rmSync(certificateDir, { recursive: true, force: true });
});

/** A confirmed interview on Kim at `startAt` (Berlin) for a new candidate whose mailbox is `email`. */
async function confirmedWithKim(name: string, email: string, startAt: string) {
  const applicationId = await applicationOf(world, name, email);
  return scheduleConfirmed(world, { startAt, timeZone: 'Europe/Berlin', hostLabel: 'Kim', applicationId });
}

describe('sending interview messages to a mail server that requires STARTTLS and AUTH', () => {
  let interviewId: string;

  it('delivers over TLS after AUTH, with the calendar inline and attached; a 550 is recorded as failed at once', async () => {
    const interview = await confirmedWithKim('Ana Lima', bouncing, '2027-03-28T10:00');
    interviewId = interview.id;
    const rows = await settledMessages(world, interviewId, 3);
    const toCandidate = rows.find((row) => row.role === 'candidate');
    expect(toCandidate).toMatchObject({ state: 'failed', attempts: 1, recipientEmail: bouncing });
    expect(toCandidate?.smtpResponse).toMatch(/^550 mailbox unavailable/);
    const toInterviewer = rows.find((row) => row.role === 'interviewer');
    expect(toInterviewer).toMatchObject({ state: 'delivered', attempts: 1 });
    expect(toInterviewer?.smtpResponse).toMatch(/^250 /);

    expect(received.map((mail) => mail.to)).toEqual(
      expect.arrayContaining([['interviewer@interview-acme.test'], ['recruiter@interview-acme.test']]),
    );
    for (const mail of received) {
      expect(mail).toMatchObject({ secure: true, user: 'parley' });
      expect(findStartLinks({ raw: mail.raw })).toEqual([]);
    }
    const parsed = await simpleParser((received[0] as ReceivedMail).raw);
    const inline = parsed.attachments.find((part) => part.contentType === 'text/calendar');
    const file = parsed.attachments.find((part) => part.filename === 'invite.ics');
    expect(inline?.content.toString()).toBe(file?.content.toString());
    expect(readInterviewCalendar(file?.content.toString() ?? '')).toMatchObject({
      method: 'REQUEST',
      sequence: 1,
    });
    expect((received[0] as ReceivedMail).raw).toMatch(
      /Content-Type: text\/calendar; charset=utf-8; method=REQUEST/i,
    );
  });

  it('shows editors the message history with the bounce, and keeps it from interviewers', async () => {
    const response = await world.parley.request({
      method: 'GET',
      url: `/api/interviews/${interviewId}/messages`,
      as: world.recruiter,
    });
    expect(response.statusCode).toBe(200);
    const { messages } = response.json();
    expect(messages).toHaveLength(3);
    const bounced = messages.find(
      (message: { recipientEmail: string }) => message.recipientEmail === bouncing,
    );
    expect(bounced).toMatchObject({
      kind: 'invitation',
      role: 'candidate',
      state: 'failed',
      version: 1,
      attempts: 1,
    });
    expect(bounced.smtpResponse).toMatch(/^550 mailbox unavailable/);
    expect(bounced.settledAt).toEqual(expect.any(String));
    const asInterviewer = await world.parley.request({
      method: 'GET',
      url: `/api/interviews/${interviewId}/messages`,
      as: world.interviewer,
    });
    expect(asInterviewer.statusCode).toBe(403);
  });

  it('keeps a message a server turned away for now (451) for another try instead of failing it', async () => {
    const interview = await confirmedWithKim('Ben Ito', busy, '2027-03-30T10:00');
    const waiting = await eventually(async () => {
      const rows = await messageRowsOf(world, interview.id);
      return rows.find((row) => row.role === 'candidate' && row.attempts > 0);
    });
    expect(waiting).toMatchObject({ state: 'retrying', attempts: 1, settledAt: null });
    expect(waiting.smtpResponse).toMatch(/^451 try again later/);
  });
});
