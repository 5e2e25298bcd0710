import type { Language, ZoomStatusReason } from '@parley/api-contract';
import type { StoredZoomProblem } from '../db/zoom-schema.ts';
import { isServerMessageKey, translate } from './translate.ts';

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A clause as a sentence: capitalized, with the language's full stop. */
function sentence(clause: string, language: Language): string {
  return translate(language, 'zoom.sentence', { clause: capitalize(clause) });
}

/** The words for a status reason, as a sentence ("The Zoom user … was deactivated in Zoom."). */
export function describeZoomStatusReason(reason: ZoomStatusReason, language: Language): string {
  return sentence(translate(language, `zoom.statusReasons.${reason}`), language);
}

/** The clause for a stored problem code: a status reason, another known problem, else the code itself. */
function problemClause(code: string, language: Language): string {
  for (const key of [`zoom.statusReasons.${code}`, `zoom.problems.${code}`]) {
    if (isServerMessageKey(key)) return translate(language, key);
  }
  return code;
}

/**
 * A stored problem in words, e.g. "The authorization lacks permissions (scopes) Parley needs." with Zoom's
 * own message appended when known. Zoom's code and the missing scopes travel beside the message.
 */
export function describeZoomProblem(problem: StoredZoomProblem, language: Language): string {
  const described = sentence(problemClause(problem.code, language), language);
  if (!problem.zoomMessage) return described;
  return translate(language, 'zoom.zoomSays', { sentence: described, zoomMessage: problem.zoomMessage });
}

/** What the notification about a broken or removed connection says. */
export interface ZoomProblemEmailInput {
  language: Language;
  recipientName: string;
  organizationName: string;
  kind: 'organization' | 'personal';
  status: 'needs_reconnect' | 'removed_in_zoom';
  reason: ZoomStatusReason | null;
  zoomUserEmail: string;
  /** Settings → Zoom (organization) or Settings → My Zoom (personal). */
  link: string;
}

/** Text made safe to put into an e-mail's HTML. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * The paragraphs that say what happened to a connection, what it means and what to do (without the link):
 * the notification e-mail's body, and the head of the admins' incident e-mail for the organization
 * connection.
 */
export function zoomProblemParagraphs(input: Omit<ZoomProblemEmailInput, 'link'>): string[] {
  const { language, kind, status } = input;
  const facts = { organizationName: input.organizationName, zoomUserEmail: input.zoomUserEmail };
  const reason = input.reason
    ? translate(language, 'zoom.problemEmail.reason', {
        reason: describeZoomStatusReason(input.reason, language),
      })
    : '';
  return [
    translate(language, 'zoom.problemEmail.greeting', { name: input.recipientName }),
    translate(language, `zoom.problemEmail.what.${kind}.${status}`, facts),
    reason,
    translate(language, `zoom.problemEmail.consequence.${kind}`),
    translate(language, `zoom.problemEmail.action.${kind}`),
  ].filter(Boolean);
}

/** The subject of the notification about a broken or removed connection. */
export function zoomProblemSubject(input: Omit<ZoomProblemEmailInput, 'link'>): string {
  return translate(input.language, `zoom.problemEmail.subject.${input.kind}.${input.status}`, {
    organizationName: input.organizationName,
    zoomUserEmail: input.zoomUserEmail,
  });
}

/** The notification about a broken or removed Zoom connection in the recipient's language. */
export function renderZoomProblemEmail(input: ZoomProblemEmailInput): {
  subject: string;
  text: string;
  html: string;
} {
  const paragraphs = zoomProblemParagraphs(input);
  const text = `${[...paragraphs, input.link].join('\n\n')}\n`;
  const html = [
    `<!doctype html><html lang="${input.language}"><body style="font-family: sans-serif; line-height: 1.5">`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(input.link)}">${escapeHtml(input.link)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject: zoomProblemSubject(input), text, html };
}
