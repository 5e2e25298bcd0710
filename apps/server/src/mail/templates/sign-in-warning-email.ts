import type { Language } from '@parley/api-contract';
import { translate } from '../../i18n/translate.ts';

/** What the sign-in warning says. */
export interface SignInWarningEmailInput {
  language: Language;
  name: string;
  failures: number;
  /** Where the user changes their password (Settings → Profile). */
  profileLink: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The warning in the user's language: subject, plain text and simple HTML. */
export function renderSignInWarningEmail(input: SignInWarningEmailInput): {
  subject: string;
  text: string;
  html: string;
} {
  const { language } = input;
  const paragraphs = [
    translate(language, 'signInWarningEmail.greeting', { name: input.name }),
    translate(language, 'signInWarningEmail.noticed', { failures: input.failures }),
    translate(language, 'signInWarningEmail.advice'),
  ];
  const ignore = translate(language, 'signInWarningEmail.ignore');
  const text = [...paragraphs, input.profileLink, ignore, ''].join('\n\n');
  const html = [
    `<!doctype html><html lang="${input.language}"><body style="font-family: sans-serif; line-height: 1.5">`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(input.profileLink)}">${escapeHtml(input.profileLink)}</a></p>`,
    `<p style="color: #555">${escapeHtml(ignore)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: translate(language, 'signInWarningEmail.subject'), text, html };
}
