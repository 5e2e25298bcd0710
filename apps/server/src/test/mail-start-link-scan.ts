import type { Database } from '../db/database.ts';
import { devMailMessages } from '../db/schema.ts';

/**
 * What gives a Zoom host's start link away: the start path (`/s/<meeting id>`) and the ZAK token that
 * lets whoever holds it start the meeting as the host. Neither may be in any e-mail or calendar file.
 */
const startLinkPatterns = [/\/s\/\d{6,}/, /[?&]zak=/i];

/** The parts of one message (subject, text, HTML, calendar) that hold a start link. */
export function findStartLinks(parts: Record<string, string | null>): string[] {
  return Object.entries(parts).flatMap(([name, value]) =>
    value && startLinkPatterns.some((pattern) => pattern.test(value)) ? [name] : [],
  );
}

/**
 * The caught messages that hold a start link, as `"subject" to address: part`. A test app runs it when it
 * closes, so every message any test makes Parley send through the development mailbox is scanned.
 */
export async function startLinksInMail(database: Database): Promise<string[]> {
  const messages = await database.db.select().from(devMailMessages);
  return messages.flatMap((message) =>
    findStartLinks({
      subject: message.subject,
      text: message.text,
      html: message.html,
      calendar: message.calendar,
    }).map((part) => `"${message.subject}" to ${message.to.join(', ')}: ${part}`),
  );
}
