import nodemailer from 'nodemailer';

/** The header that tells the development mailbox which organization a message was sent for. */
export const organizationHeader = 'X-Parley-Organization';

/** A message Parley sends. */
export interface OutgoingMail {
  /** The organization the mail is sent for; set as the `X-Parley-Organization` header. */
  organizationId: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  /** A stable Message-ID lets receivers drop the duplicate of a retried send. */
  messageId?: string;
  /**
   * An iCalendar file (an invitation, an update, a cancellation): sent as the inline `text/calendar`
   * part that Outlook and Gmail act on, and as an `.ics` attachment for the clients that only offer a
   * file.
   */
  calendar?: { method: 'REQUEST' | 'CANCEL'; content: string; filename: string };
}

/** What the mail server said when it accepted a message (`250 2.0.0 OK …`). */
export interface SentMail {
  response: string;
}

/** Sends mail over SMTP. */
export interface Mailer {
  /** Hands the message to the server; rejects with nodemailer's error (`responseCode`, `response`). */
  send(mail: OutgoingMail): Promise<SentMail>;
  close(): void;
}

/**
 * nodemailer waits up to 10 minutes for a silent server by default. A send runs inside a mail job whose
 * run expires after a minute and is then retried: a send must give up before that, or the retry would
 * race a send still in flight.
 */
const sendTimeouts = { connectionTimeout: 15_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** A mailer on `smtpUrl` (smtp:// or smtps://, with credentials in the URL) sending as `from`. */
export function createMailer(options: { smtpUrl: string; from: string }): Mailer {
  const transport = nodemailer.createTransport({ url: options.smtpUrl, ...sendTimeouts });
  return {
    async send(mail) {
      const { calendar } = mail;
      const info = await transport.sendMail({
        from: options.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: { [organizationHeader]: mail.organizationId },
        ...(calendar && {
          icalEvent: { method: calendar.method, content: calendar.content },
          attachments: [
            {
              filename: calendar.filename,
              content: calendar.content,
              contentType: `application/ics; method=${calendar.method}`,
            },
          ],
        }),
      });
      return { response: String(info.response ?? '') };
    },
    close: () => transport.close(),
  };
}
