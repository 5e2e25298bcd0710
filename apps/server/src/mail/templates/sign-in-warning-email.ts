import type { Language } from '@parley/api-contract';

/** What the sign-in warning says. */
export interface SignInWarningEmailInput {
  language: Language;
  name: string;
  failures: number;
  /** Where the user changes their password (Settings → Profile). */
  profileLink: string;
}

interface Wording {
  subject: string;
  greeting(name: string): string;
  noticed(failures: number): string;
  advice: string;
  ignore: string;
}

const wordings: Record<Language, Wording> = {
  en: {
    subject: 'Someone is trying to sign in to your Parley account',
    greeting: (name) => `Hello ${name},`,
    noticed: (failures) =>
      `In the last hour there were ${failures} failed attempts to sign in to your Parley account with a wrong password. Parley now slows further attempts down.`,
    advice:
      'If this was not you, someone may be guessing your password. Choose a long password that you use nowhere else:',
    ignore: 'If it was you, you can ignore this email. You will not get another one within the hour.',
  },
  de: {
    subject: 'Jemand versucht, sich bei Ihrem Parley-Konto anzumelden',
    greeting: (name) => `Hallo ${name},`,
    noticed: (failures) =>
      `In der letzten Stunde gab es ${failures} fehlgeschlagene Anmeldeversuche mit falschem Passwort bei Ihrem Parley-Konto. Parley bremst weitere Versuche jetzt aus.`,
    advice:
      'Falls Sie das nicht waren, versucht womöglich jemand, Ihr Passwort zu erraten. Wählen Sie ein langes Passwort, das Sie nirgends sonst verwenden:',
    ignore:
      'Falls Sie es waren, können Sie diese E-Mail ignorieren. Innerhalb dieser Stunde erhalten Sie keine weitere.',
  },
  ja: {
    subject: 'あなたの Parley アカウントへのログインが試みられています',
    greeting: (name) => `${name}さん`,
    noticed: (failures) =>
      `この1時間に、誤ったパスワードによるログインの失敗が${failures}回ありました。Parley は以降の試行を遅らせています。`,
    advice:
      '心当たりがない場合、誰かがパスワードを推測しようとしている可能性があります。他では使っていない長いパスワードに変更してください。',
    ignore:
      'ご本人による操作であれば、このメールは無視してください。1時間以内に同じメールが再送されることはありません。',
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The warning in the user's language: subject, plain text and simple HTML. */
export function renderSignInWarningEmail(input: SignInWarningEmailInput): {
  subject: string;
  text: string;
  html: string;
} {
  const wording = wordings[input.language];
  const paragraphs = [wording.greeting(input.name), wording.noticed(input.failures), wording.advice];
  const text = [...paragraphs, input.profileLink, wording.ignore, ''].join('\n\n');
  const html = [
    `<!doctype html><html lang="${input.language}"><body style="font-family: sans-serif; line-height: 1.5">`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(input.profileLink)}">${escapeHtml(input.profileLink)}</a></p>`,
    `<p style="color: #555">${escapeHtml(wording.ignore)}</p>`,
    '</body></html>',
  ].join('\n');
  return { subject: wording.subject, text, html };
}
