import type { Language, Role } from '@parley/api-contract';
import { translate } from '../../i18n/translate.ts';

/** What the invitation email says. */
export interface InvitationEmailInput {
  language: Language;
  organizationName: string;
  inviterName: string;
  role: Role;
  link: string;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The invitation email in the inviting admin's language: subject, plain text and simple HTML. */
export function renderInvitationEmail(input: InvitationEmailInput): {
  subject: string;
  text: string;
  html: string;
} {
  const { language } = input;
  const names = { inviterName: input.inviterName, organizationName: input.organizationName };
  const role = translate(language, `invitationEmail.roles.${input.role}`);
  const greeting = translate(language, 'invitationEmail.greeting');
  const invited = translate(language, 'invitationEmail.invited', { ...names, role });
  const action = translate(language, 'invitationEmail.action');
  const validity = translate(language, 'invitationEmail.validity');
  const text = [greeting, '', invited, '', action, input.link, '', validity, ''].join('\n');
  const html = [
    `<!doctype html><html lang="${language}"><body style="font-family: sans-serif; line-height: 1.5">`,
    `<p>${escapeHtml(greeting)}</p>`,
    `<p>${escapeHtml(invited)}</p>`,
    `<p>${escapeHtml(action)}</p>`,
    `<p><a href="${escapeHtml(input.link)}">${escapeHtml(translate(language, 'invitationEmail.button'))}</a></p>`,
    `<p style="color: #555">${escapeHtml(validity)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: translate(language, 'invitationEmail.subject', names), text, html };
}
