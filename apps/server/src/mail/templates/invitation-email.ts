import type { Language, Role } from '@parley/api-contract';

/** What the invitation email says. */
export interface InvitationEmailInput {
  language: Language;
  organizationName: string;
  inviterName: string;
  role: Role;
  link: string;
}

interface Wording {
  subject(input: InvitationEmailInput): string;
  greeting: string;
  invited(input: InvitationEmailInput, role: string): string;
  action: string;
  button: string;
  validity: string;
  roles: Record<Role, string>;
}

const wordings: Record<Language, Wording> = {
  en: {
    subject: ({ inviterName, organizationName }) =>
      `${inviterName} invited you to ${organizationName} on Parley`,
    greeting: 'Hello,',
    invited: ({ inviterName, organizationName }, role) =>
      `${inviterName} has invited you to join ${organizationName} on Parley as ${role}.`,
    action: 'Accept the invitation and choose your password:',
    button: 'Accept invitation',
    validity:
      'The link is valid for 7 days and works once. If you did not expect this invitation, you can ignore this email.',
    roles: { admin: 'an admin', recruiter: 'a recruiter', interviewer: 'an interviewer' },
  },
  de: {
    subject: ({ inviterName, organizationName }) =>
      `${inviterName} hat Sie zu ${organizationName} in Parley eingeladen`,
    greeting: 'Guten Tag,',
    invited: ({ inviterName, organizationName }, role) =>
      `${inviterName} hat Sie eingeladen, ${organizationName} in Parley mit der Rolle „${role}“ beizutreten.`,
    action: 'Nehmen Sie die Einladung an und legen Sie Ihr Passwort fest:',
    button: 'Einladung annehmen',
    validity:
      'Der Link ist 7 Tage gültig und kann einmal verwendet werden. Falls Sie diese Einladung nicht erwartet haben, ' +
      'können Sie diese E-Mail ignorieren.',
    roles: { admin: 'Admin', recruiter: 'Recruiter·in', interviewer: 'Interviewer·in' },
  },
  ja: {
    subject: ({ inviterName, organizationName }) =>
      `${inviterName}さんから Parley の「${organizationName}」への招待が届きました`,
    greeting: 'こんにちは。',
    invited: ({ inviterName, organizationName }, role) =>
      `${inviterName}さんが、Parley の「${organizationName}」にあなたを${role}として招待しました。`,
    action: '次のリンクから招待を承認し、パスワードを設定してください。',
    button: '招待を承認する',
    validity:
      'このリンクの有効期限は7日間で、一度だけ使用できます。心当たりのない場合は、このメールを破棄してください。',
    roles: { admin: '管理者', recruiter: '採用担当者', interviewer: '面接官' },
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The invitation email in the inviting admin's language: subject, plain text and simple HTML. */
export function renderInvitationEmail(input: InvitationEmailInput): {
  subject: string;
  text: string;
  html: string;
} {
  const wording = wordings[input.language];
  const invited = wording.invited(input, wording.roles[input.role]);
  const text = [wording.greeting, '', invited, '', wording.action, input.link, '', wording.validity, ''].join(
    '\n',
  );
  const html = [
    `<!doctype html><html lang="${input.language}"><body style="font-family: sans-serif; line-height: 1.5">`,
    `<p>${escapeHtml(wording.greeting)}</p>`,
    `<p>${escapeHtml(invited)}</p>`,
    `<p>${escapeHtml(wording.action)}</p>`,
    `<p><a href="${escapeHtml(input.link)}">${escapeHtml(wording.button)}</a></p>`,
    `<p style="color: #555">${escapeHtml(wording.validity)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: wording.subject(input), text, html };
}
