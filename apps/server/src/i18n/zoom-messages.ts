import type { Language, ZoomStatusReason } from '@parley/api-contract';
import type { StoredZoomProblem } from '../db/zoom-schema.ts';

/** What a status reason means, as a clause ("the Zoom user … was deactivated in Zoom"). */
const reasonTexts: Record<ZoomStatusReason, Record<Language, string>> = {
  zoom_admin_role_lost: {
    en: 'the Zoom user who connected it is no longer an owner or admin of the Zoom account; reconnect with another Zoom admin',
    de: 'der Zoom-Benutzer, der sie verbunden hat, ist nicht mehr Inhaber oder Admin des Zoom-Kontos; verbinden Sie sie mit einem anderen Zoom-Admin neu',
    ja: '接続したZoomユーザーがZoomアカウントのオーナーまたは管理者ではなくなりました。別のZoom管理者で再接続してください',
  },
  zoom_user_deactivated: {
    en: 'the Zoom user who connected it was deactivated in Zoom',
    de: 'der Zoom-Benutzer, der sie verbunden hat, wurde in Zoom deaktiviert',
    ja: '接続したZoomユーザーがZoomで無効化されました',
  },
  zoom_user_deleted: {
    en: 'the Zoom user who connected it was deleted in Zoom',
    de: 'der Zoom-Benutzer, der sie verbunden hat, wurde in Zoom gelöscht',
    ja: '接続したZoomユーザーがZoomで削除されました',
  },
  refresh_rejected: {
    en: 'Zoom no longer accepts the stored authorization (it was revoked, or its owner no longer exists)',
    de: 'Zoom akzeptiert die gespeicherte Autorisierung nicht mehr (sie wurde widerrufen, oder ihr Inhaber existiert nicht mehr)',
    ja: 'Zoomが保存済みの認可を受け付けなくなりました（取り消されたか、所有者が存在しません）',
  },
  scopes_missing: {
    en: 'the authorization lacks permissions (scopes) Parley needs',
    de: 'der Autorisierung fehlen Berechtigungen (Scopes), die Parley braucht',
    ja: 'Parleyに必要な権限（スコープ）が認可に含まれていません',
  },
  credentials_rejected: {
    en: 'Zoom rejected the Server-to-Server app credentials',
    de: 'Zoom hat die Zugangsdaten der Server-to-Server-App abgelehnt',
    ja: 'ZoomがServer-to-Serverアプリの認証情報を拒否しました',
  },
  app_uninstalled: {
    en: 'the Parley app was removed from the Zoom account',
    de: 'die Parley-App wurde aus dem Zoom-Konto entfernt',
    ja: 'ParleyアプリがZoomアカウントから削除されました',
  },
};

const problemTexts: Record<string, Record<Language, string>> = {
  zoom_unavailable: {
    en: 'Zoom could not be reached or answered unexpectedly during the last check',
    de: 'Zoom war bei der letzten Prüfung nicht erreichbar oder hat unerwartet geantwortet',
    ja: '前回の確認時にZoomに接続できないか、予期しない応答がありました',
  },
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A clause as a sentence: capitalized, with the language's full stop. */
function sentence(clause: string, language: Language): string {
  return `${capitalize(clause)}${language === 'ja' ? '。' : '.'}`;
}

/** The words for a status reason, as a sentence. */
export function describeZoomStatusReason(reason: ZoomStatusReason, language: Language): string {
  return sentence(reasonTexts[reason][language], language);
}

/**
 * A stored problem in words, e.g. "The authorization lacks permissions (scopes) Parley needs." with Zoom's
 * own message appended when known. Zoom's code and the missing scopes travel beside the message.
 */
export function describeZoomProblem(problem: StoredZoomProblem, language: Language): string {
  const base =
    reasonTexts[problem.code as ZoomStatusReason]?.[language] ??
    problemTexts[problem.code]?.[language] ??
    problem.code;
  if (!problem.zoomMessage) return sentence(base, language);
  const zoomSays = language === 'ja' ? `（Zoom: ${problem.zoomMessage}）` : ` (Zoom: ${problem.zoomMessage})`;
  return `${sentence(base, language)}${zoomSays}`;
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

interface EmailWording {
  subject(input: ZoomProblemEmailInput): string;
  greeting(name: string): string;
  what(input: ZoomProblemEmailInput): string;
  why: string;
  consequence: Record<ZoomProblemEmailInput['kind'], string>;
  action: Record<ZoomProblemEmailInput['kind'], string>;
}

const emailWordings: Record<Language, EmailWording> = {
  en: {
    subject: ({ kind, status, organizationName }) =>
      `${kind === 'organization' ? `The Zoom connection of ${organizationName}` : 'Your Zoom connection'} ${status === 'removed_in_zoom' ? 'was removed in Zoom' : 'needs to be reconnected'}`,
    greeting: (name) => `Hello ${name},`,
    what: ({ kind, status, zoomUserEmail, organizationName }) =>
      `${kind === 'organization' ? `The organization Zoom connection of ${organizationName}` : 'Your personal Zoom connection'} (Zoom user ${zoomUserEmail}) ${status === 'removed_in_zoom' ? 'was removed in Zoom' : 'needs to be reconnected'}.`,
    why: 'Reason',
    consequence: {
      organization:
        'Until it is reconnected, Parley cannot create, move or cancel Zoom meetings that use it. Interviews that need it are flagged.',
      personal:
        'Until you reconnect it or disconnect it in Parley, your meetings cannot use Zoom; Parley does not switch to the organization connection silently.',
    },
    action: {
      organization: 'Reconnect Zoom under Settings → Zoom:',
      personal: 'Reconnect or disconnect under Settings → My Zoom:',
    },
  },
  de: {
    subject: ({ kind, status, organizationName }) =>
      `${kind === 'organization' ? `Die Zoom-Verbindung von ${organizationName}` : 'Ihre Zoom-Verbindung'} ${status === 'removed_in_zoom' ? 'wurde in Zoom entfernt' : 'muss neu verbunden werden'}`,
    greeting: (name) => `Hallo ${name},`,
    what: ({ kind, status, zoomUserEmail, organizationName }) =>
      `${kind === 'organization' ? `Die Zoom-Verbindung der Organisation ${organizationName}` : 'Ihre persönliche Zoom-Verbindung'} (Zoom-Benutzer ${zoomUserEmail}) ${status === 'removed_in_zoom' ? 'wurde in Zoom entfernt' : 'muss neu verbunden werden'}.`,
    why: 'Grund',
    consequence: {
      organization:
        'Bis sie neu verbunden ist, kann Parley keine Zoom-Meetings über sie anlegen, verschieben oder absagen. Betroffene Interviews werden markiert.',
      personal:
        'Bis Sie sie neu verbinden oder in Parley trennen, können Ihre Meetings Zoom nicht nutzen; Parley wechselt nicht stillschweigend zur Verbindung der Organisation.',
    },
    action: {
      organization: 'Verbinden Sie Zoom unter Einstellungen → Zoom neu:',
      personal: 'Neu verbinden oder trennen unter Einstellungen → Mein Zoom:',
    },
  },
  ja: {
    subject: ({ kind, status, organizationName }) =>
      `${kind === 'organization' ? `「${organizationName}」のZoom接続` : 'あなたのZoom接続'}${status === 'removed_in_zoom' ? 'がZoomで削除されました' : 'の再接続が必要です'}`,
    greeting: (name) => `${name}さん`,
    what: ({ kind, status, zoomUserEmail, organizationName }) =>
      `${kind === 'organization' ? `組織「${organizationName}」のZoom接続` : 'あなたの個人Zoom接続'}（Zoomユーザー ${zoomUserEmail}）${status === 'removed_in_zoom' ? 'がZoomで削除されました' : 'の再接続が必要です'}。`,
    why: '理由',
    consequence: {
      organization:
        '再接続されるまで、ParleyはこのZoom接続を使うミーティングの作成・変更・キャンセルができません。影響する面接には印が付きます。',
      personal:
        '再接続するかParleyで切断するまで、あなたのミーティングではZoomを使えません。Parleyが黙って組織の接続に切り替えることはありません。',
    },
    action: {
      organization: '「設定 → Zoom」から再接続してください：',
      personal: '「設定 → マイZoom」から再接続または切断してください：',
    },
  },
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** The notification about a broken or removed Zoom connection in the recipient's language. */
export function renderZoomProblemEmail(input: ZoomProblemEmailInput): {
  subject: string;
  text: string;
  html: string;
} {
  const wording = emailWordings[input.language];
  const reason = input.reason
    ? `${wording.why}: ${describeZoomStatusReason(input.reason, input.language)}`
    : '';
  const paragraphs = [
    wording.greeting(input.recipientName),
    wording.what(input),
    reason,
    wording.consequence[input.kind],
    wording.action[input.kind],
  ].filter(Boolean);
  const text = `${[...paragraphs, input.link].join('\n\n')}\n`;
  const html = [
    `<!doctype html><html lang="${input.language}"><body style="font-family: sans-serif; line-height: 1.5">`,
    ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
    `<p><a href="${escapeHtml(input.link)}">${escapeHtml(input.link)}</a></p>`,
    '</body></html>',
  ].join('\n');
  return { subject: wording.subject(input), text, html };
}
