import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { AddressObject } from 'mailparser';
import type { Logger } from 'pino';
import { SMTPServer, type SMTPServerDataStream } from 'smtp-server';
import { uuidPattern } from '../db/columns.ts';
import type { Database } from '../db/database.ts';
import { devMailMessages } from '../db/schema.ts';
import { secretsEqual } from '../secrets/tokens.ts';
import { organizationHeader } from './mailer.ts';

/** An answer the catcher gives instead of taking mail for one recipient, as a real server may. */
export interface MailRefusal {
  /** The recipient's address, as in `RCPT TO`. */
  recipient: string;
  /** The SMTP reply code: 4xx (try again later) or 5xx (refused for good). */
  code: number;
  message: string;
  /** How many tries to refuse; absent: every try. */
  times?: number;
}

/** The embedded SMTP server of the development mailbox. */
export interface MailCatcher {
  /** `smtp://user:password@127.0.0.1:<port>` for nodemailer. */
  smtpUrl: string;
  /**
   * Refuses mail to a recipient at `RCPT TO` from now on (a later refusal for the same address replaces
   * it). For tests and for trying out how Parley shows a bounce or retries a busy server.
   */
  refuse(refusal: MailRefusal): void;
  close(): Promise<void>;
}

/**
 * Starts an SMTP server on 127.0.0.1 (random port) that stores every message it receives in
 * `dev_mail_messages`. Only this process knows the per-start password, so other local programs cannot
 * fill the mailbox. The SMTP exchange is real: a message is acknowledged once it is stored.
 */
export async function startMailCatcher(options: {
  database: Database;
  logger: Logger;
}): Promise<MailCatcher> {
  const user = 'parley';
  const password = randomBytes(18).toString('base64url');
  const refusals = new Map<string, MailRefusal>();
  const server = new SMTPServer({
    name: 'parley-mail-catcher',
    banner: 'Parley development mailbox',
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authMethods: ['PLAIN', 'LOGIN'],
    size: 10 * 1024 * 1024,
    logger: false,
    onAuth(auth, _session, callback) {
      const valid = auth.username === user && secretsEqual(auth.password ?? '', password);
      callback(valid ? null : new Error('Invalid credentials'), valid ? { user } : undefined);
    },
    onRcptTo(address, _session, callback) {
      const refusal = refusals.get(address.address.toLowerCase());
      if (!refusal || refusal.times === 0) return callback();
      if (refusal.times !== undefined) refusal.times--;
      callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
    },
    onData(stream, _session, callback) {
      storeMessage(options.database, stream).then(
        () => callback(),
        (error: Error) => {
          options.logger.error({ err: error }, 'development mailbox could not store a message');
          callback(error);
        },
      );
    },
  });
  server.on('error', (error) => options.logger.error({ err: error }, 'development mailbox error'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    smtpUrl: `smtp://${user}:${password}@127.0.0.1:${port}`,
    refuse: (refusal) => refusals.set(refusal.recipient.toLowerCase(), { ...refusal }),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function storeMessage(database: Database, stream: SMTPServerDataStream): Promise<void> {
  // Loaded on the first message rather than at start-up: most starts never receive one.
  const { simpleParser } = await import('mailparser');
  const parsed = await simpleParser(stream);
  const organizationId = String(parsed.headers.get(organizationHeader.toLowerCase()) ?? '');
  await database.db.insert(devMailMessages).values({
    organizationId: uuidPattern.test(organizationId) ? organizationId : null,
    messageId: parsed.messageId ?? null,
    from: parsed.from?.value.map(formatAddress).join(', ') ?? '',
    to: addresses(parsed.to),
    subject: parsed.subject ?? '',
    text: parsed.text ?? '',
    html: typeof parsed.html === 'string' ? parsed.html : null,
    calendar: calendarPart(parsed.attachments),
  });
}

/** The inline `text/calendar` part of an invitation (the `.ics` attachment repeats it), if any. */
function calendarPart(attachments: readonly { contentType: string; content: Buffer }[]): string | null {
  const calendar =
    attachments.find((attachment) => attachment.contentType === 'text/calendar') ??
    attachments.find((attachment) => attachment.contentType === 'application/ics');
  return calendar ? calendar.content.toString('utf8') : null;
}

/** `Name <address>`, or the bare address: as a person would write it, without mailparser's quoting. */
function formatAddress(entry: AddressObject['value'][number]): string {
  return entry.name ? `${entry.name} <${entry.address}>` : (entry.address ?? '');
}

function addresses(field: AddressObject | AddressObject[] | undefined): string[] {
  const groups = field === undefined ? [] : Array.isArray(field) ? field : [field];
  return groups.flatMap((group) => group.value.map((entry) => entry.address ?? entry.name));
}
