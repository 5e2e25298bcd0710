import type { AddressInfo } from 'node:net';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/database.ts';
import { devMailMessages, organizations } from '../db/schema.ts';
import { createTestApp, eventually } from '../test/create-test-app.ts';
import { createTestDatabase } from '../test/test-database.ts';
import { type MailCatcher, startMailCatcher } from './mail-catcher.ts';
import { createMailer } from './mailer.ts';

describe('embedded mail catcher', () => {
  let database: Database;
  let catcher: MailCatcher;
  let organizationId: string;

  beforeAll(async () => {
    database = await createTestDatabase();
    catcher = await startMailCatcher({ database, logger: pino({ level: 'silent' }) });
    const [organization] = await database.db.insert(organizations).values({ name: 'Mail Co' }).returning();
    organizationId = organization!.id;
  });

  afterAll(async () => {
    await catcher?.close();
    await database?.close();
  });

  it('receives mail over SMTP on loopback and stores it with the sending organization', async () => {
    expect(catcher.smtpUrl).toMatch(/^smtp:\/\/parley:[^@]+@127\.0\.0\.1:\d+$/);
    const mailer = createMailer({ smtpUrl: catcher.smtpUrl, from: 'Parley <parley@example.test>' });
    await mailer.send({
      organizationId,
      to: 'Ann <ann@example.test>',
      subject: 'Grüße – テスト',
      text: 'Plain text',
      html: '<p>HTML</p>',
      messageId: '<fixed-id@parley>',
    });
    mailer.close();
    const [stored] = await database.db.select().from(devMailMessages);
    expect(stored).toMatchObject({
      organizationId,
      messageId: '<fixed-id@parley>',
      from: 'Parley <parley@example.test>',
      to: ['ann@example.test'],
      subject: 'Grüße – テスト',
      text: 'Plain text',
      html: '<p>HTML</p>',
    });
  });

  it('refuses clients without the per-start credentials', async () => {
    const url = new URL(catcher.smtpUrl);
    url.password = 'guessed';
    const intruder = nodemailer.createTransport(url.toString());
    await expect(
      intruder.sendMail({ from: 'x@example.test', to: 'y@example.test', subject: 'spam', text: 'spam' }),
    ).rejects.toThrow(/Invalid credentials|535/);
    intruder.close();
  });

  it('keeps mail without a valid organization header out of every organization', async () => {
    const transport = nodemailer.createTransport(catcher.smtpUrl);
    await transport.sendMail({
      from: 'x@example.test',
      to: 'y@example.test',
      subject: 'foreign',
      text: 'no header',
      headers: { 'X-Parley-Organization': 'not-a-uuid' },
    });
    transport.close();
    const { rows } = await database.executeSql(
      "SELECT organization_id FROM dev_mail_messages WHERE subject = 'foreign'",
    );
    expect(rows).toEqual([{ organization_id: null }]);
  });
});

describe('with SMTP_URL', () => {
  it('sends through that server and turns the development mailbox off', async () => {
    const received: string[] = [];
    const smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      onData(stream, session, callback) {
        let raw = '';
        stream.on('data', (chunk) => {
          raw += chunk;
        });
        stream.on('end', () => {
          received.push(`${session.envelope.rcptTo.map((rcpt) => rcpt.address).join(',')}\n${raw}`);
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const { port } = smtp.server.address() as AddressInfo;
    const parley = await createTestApp({
      env: { SMTP_URL: `smtp://127.0.0.1:${port}`, MAIL_FROM: 'hr@acme.example' },
    });
    try {
      await parley.createOrganization('Relay Co', [{ role: 'admin' }]);
      const admin = await parley.login('admin@relay-co.test');
      expect(
        (await parley.request({ method: 'GET', url: '/api/me', as: admin })).json().features.devMailbox,
      ).toBe(false);
      const mailbox = await parley.request({ method: 'GET', url: '/api/dev/mailbox', as: admin });
      expect(mailbox.statusCode).toBe(404);

      await parley.request({
        method: 'POST',
        url: '/api/invitations',
        as: admin,
        payload: { email: 'relayed@example.test', role: 'recruiter' },
      });
      const message = await eventually(async () => received[0]);
      expect(message).toMatch(/^relayed@example\.test\n/);
      expect(message).toContain('From: hr@acme.example');
      expect(message).toContain('invited you to Relay Co');
      expect(await parley.database.db.select().from(devMailMessages)).toEqual([]);
    } finally {
      await parley.close();
      await new Promise((resolve) => smtp.close(() => resolve(undefined)));
    }
  });
});
