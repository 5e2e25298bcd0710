import type { Language } from '@parley/api-contract';
import { translate } from '../../i18n/translate.ts';

/** What the mail to the creator of a used Zoom admin link says. */
export interface AdminLinkUsedEmailInput {
  language: Language;
  recipientName: string;
  organizationName: string;
  /** The Zoom user who completed the link. */
  zoomUserEmail: string;
  /** `scopes_missing`: the link was used, but Zoom granted fewer permissions than Parley needs. */
  outcome: 'connected' | 'scopes_missing';
  /** Settings → Zoom. */
  link: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The mail in the recipient's language: subject, plain text and simple HTML. */
export function renderAdminLinkUsedEmail(input: AdminLinkUsedEmailInput): {
  subject: string;
  text: string;
  html: string;
} {
  const { language, outcome } = input;
  const facts = { organizationName: input.organizationName, zoomUserEmail: input.zoomUserEmail };
  const paragraphs = [
    translate(language, 'adminLinkUsedEmail.greeting', { name: input.recipientName }),
    translate(language, 'adminLinkUsedEmail.used', facts),
    translate(language, `adminLinkUsedEmail.outcome.${outcome}`, facts),
    translate(language, 'adminLinkUsedEmail.action'),
  ];
  const text = `${[...paragraphs, input.link].join('\n\n')}\n`;
  const html = [
    `<!doctype html><html lang="${language}"><body style="font-family: sans-serif; line-height: 1.5">`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(input.link)}">${escapeHtml(input.link)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject: translate(language, `adminLinkUsedEmail.subject.${outcome}`, facts), text, html };
}
