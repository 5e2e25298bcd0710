import { unsafeTextMessage } from '@parley/api-contract';
import type { Language } from '../db/schema.ts';
import { AppErrorCode } from '../errors/app-error.ts';

type Messages = Record<AppErrorCode, string>;

const en: Messages = {
  [AppErrorCode.ValidationFailed]: 'Some fields are missing or invalid.',
  [AppErrorCode.MalformedJson]: 'The request body is not valid JSON.',
  [AppErrorCode.UnsupportedMediaType]: 'The request body must be JSON (Content-Type: application/json).',
  [AppErrorCode.PayloadTooLarge]: 'The request body is larger than 1 MiB.',
  [AppErrorCode.Unauthenticated]: 'Please sign in.',
  [AppErrorCode.InvalidCredentials]: 'The email address or password is incorrect.',
  [AppErrorCode.Forbidden]: 'You do not have permission to do this.',
  [AppErrorCode.CsrfInvalid]: 'The request could not be verified. Reload the page and try again.',
  [AppErrorCode.NotFound]: 'Not found.',
  [AppErrorCode.TooManyAttempts]: 'Too many failed sign-in attempts. Try again in 15 minutes.',
  [AppErrorCode.EmailTaken]: 'A user with this email address already exists.',
  [AppErrorCode.LastAdmin]: 'The organization needs at least one active admin.',
  [AppErrorCode.InvitationInvalid]: 'This invitation link is invalid or has already been used.',
  [AppErrorCode.InvitationExpired]: 'This invitation has expired. Ask an admin to invite you again.',
  [AppErrorCode.ZoomWebhookSignatureInvalid]:
    'This webhook is not signed by Zoom, or its signature is too old.',
  [AppErrorCode.ZoomNotConnected]:
    'Zoom is not connected. An admin can connect it under Settings → Zoom, or connect your own Zoom account under Settings → My Zoom.',
  [AppErrorCode.ZoomNeedsReconnect]:
    'The Zoom connection no longer works and needs to be reconnected (Settings → Zoom).',
  [AppErrorCode.ZoomUnavailable]:
    'Zoom could not be reached or answered unexpectedly. Please try again in a moment.',
  [AppErrorCode.ZoomCredentialsRejected]: 'Zoom rejected these credentials.',
  [AppErrorCode.ZoomLinkInvalid]:
    'This Zoom authorization link is invalid, was withdrawn or has already been used.',
  [AppErrorCode.ZoomLinkExpired]: 'This Zoom authorization link has expired. Ask for a new one.',
  [AppErrorCode.Internal]: 'Something went wrong on our side. Please try again.',
};

const de: Messages = {
  [AppErrorCode.ValidationFailed]: 'Einige Angaben fehlen oder sind ungültig.',
  [AppErrorCode.MalformedJson]: 'Der Inhalt der Anfrage ist kein gültiges JSON.',
  [AppErrorCode.UnsupportedMediaType]:
    'Der Inhalt der Anfrage muss JSON sein (Content-Type: application/json).',
  [AppErrorCode.PayloadTooLarge]: 'Der Inhalt der Anfrage ist größer als 1 MiB.',
  [AppErrorCode.Unauthenticated]: 'Bitte melden Sie sich an.',
  [AppErrorCode.InvalidCredentials]: 'E-Mail-Adresse oder Passwort ist falsch.',
  [AppErrorCode.Forbidden]: 'Dazu fehlt Ihnen die Berechtigung.',
  [AppErrorCode.CsrfInvalid]:
    'Die Anfrage konnte nicht bestätigt werden. Laden Sie die Seite neu und versuchen Sie es noch einmal.',
  [AppErrorCode.NotFound]: 'Nicht gefunden.',
  [AppErrorCode.TooManyAttempts]:
    'Zu viele fehlgeschlagene Anmeldeversuche. Versuchen Sie es in 15 Minuten erneut.',
  [AppErrorCode.EmailTaken]: 'Es gibt bereits einen Benutzer mit dieser E-Mail-Adresse.',
  [AppErrorCode.LastAdmin]: 'Die Organisation braucht mindestens einen aktiven Administrator.',
  [AppErrorCode.InvitationInvalid]: 'Dieser Einladungslink ist ungültig oder wurde bereits verwendet.',
  [AppErrorCode.InvitationExpired]:
    'Diese Einladung ist abgelaufen. Bitten Sie einen Administrator, Sie erneut einzuladen.',
  [AppErrorCode.ZoomWebhookSignatureInvalid]:
    'Dieser Webhook ist nicht von Zoom signiert, oder seine Signatur ist zu alt.',
  [AppErrorCode.ZoomNotConnected]:
    'Zoom ist nicht verbunden. Ein Admin kann es unter Einstellungen → Zoom verbinden, oder Sie verbinden Ihr eigenes Zoom-Konto unter Einstellungen → Mein Zoom.',
  [AppErrorCode.ZoomNeedsReconnect]:
    'Die Zoom-Verbindung funktioniert nicht mehr und muss neu verbunden werden (Einstellungen → Zoom).',
  [AppErrorCode.ZoomUnavailable]:
    'Zoom war nicht erreichbar oder hat unerwartet geantwortet. Bitte versuchen Sie es gleich noch einmal.',
  [AppErrorCode.ZoomCredentialsRejected]: 'Zoom hat diese Zugangsdaten abgelehnt.',
  [AppErrorCode.ZoomLinkInvalid]:
    'Dieser Zoom-Autorisierungslink ist ungültig, wurde zurückgezogen oder bereits verwendet.',
  [AppErrorCode.ZoomLinkExpired]: 'Dieser Zoom-Autorisierungslink ist abgelaufen. Bitten Sie um einen neuen.',
  [AppErrorCode.Internal]: 'Bei uns ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut.',
};

const ja: Messages = {
  [AppErrorCode.ValidationFailed]: '未入力または無効な項目があります。',
  [AppErrorCode.MalformedJson]: 'リクエストの本文が正しいJSONではありません。',
  [AppErrorCode.UnsupportedMediaType]:
    'リクエストの本文はJSON（Content-Type: application/json）で送信してください。',
  [AppErrorCode.PayloadTooLarge]: 'リクエストの本文が1 MiBを超えています。',
  [AppErrorCode.Unauthenticated]: 'ログインしてください。',
  [AppErrorCode.InvalidCredentials]: 'メールアドレスまたはパスワードが正しくありません。',
  [AppErrorCode.Forbidden]: 'この操作を行う権限がありません。',
  [AppErrorCode.CsrfInvalid]:
    'リクエストを確認できませんでした。ページを再読み込みして、もう一度お試しください。',
  [AppErrorCode.NotFound]: '見つかりません。',
  [AppErrorCode.TooManyAttempts]:
    'ログインの失敗が続いたため、一時的にロックされています。15分後にもう一度お試しください。',
  [AppErrorCode.EmailTaken]: 'このメールアドレスのユーザーはすでに登録されています。',
  [AppErrorCode.LastAdmin]: '組織には有効な管理者が少なくとも1人必要です。',
  [AppErrorCode.InvitationInvalid]: 'この招待リンクは無効か、すでに使用されています。',
  [AppErrorCode.InvitationExpired]:
    'この招待は有効期限が切れています。管理者にもう一度招待を依頼してください。',
  [AppErrorCode.ZoomWebhookSignatureInvalid]:
    'このWebhookはZoomによって署名されていないか、署名の有効期限が切れています。',
  [AppErrorCode.ZoomNotConnected]:
    'Zoomが接続されていません。管理者は「設定 → Zoom」から接続できます。または「設定 → マイZoom」でご自身のZoomアカウントを接続してください。',
  [AppErrorCode.ZoomNeedsReconnect]: 'Zoomの接続が機能していないため、再接続が必要です（設定 → Zoom）。',
  [AppErrorCode.ZoomUnavailable]:
    'Zoomに接続できないか、予期しない応答がありました。しばらくしてからもう一度お試しください。',
  [AppErrorCode.ZoomCredentialsRejected]: 'Zoomがこの認証情報を拒否しました。',
  [AppErrorCode.ZoomLinkInvalid]: 'このZoom認可リンクは無効か、取り消されたか、すでに使用されています。',
  [AppErrorCode.ZoomLinkExpired]:
    'このZoom認可リンクは有効期限が切れています。新しいリンクを依頼してください。',
  [AppErrorCode.Internal]: 'サーバーでエラーが発生しました。もう一度お試しください。',
};

const messages: Record<Language, Messages> = { en, de, ja };

/** The user-facing message of an error code in `language`. */
export function errorMessage(code: AppErrorCode, language: Language): string {
  return messages[language][code];
}

/**
 * Messages of Parley's own validation rules. Schemas use the key as their zod error message
 * (`{ error: 'validation.timeZone' }`) and the HTTP layer translates it.
 */
const validationMessages: Record<string, Record<Language, string>> = {
  'validation.timeZone': {
    en: 'Must be an IANA time zone such as Europe/Berlin.',
    de: 'Muss eine IANA-Zeitzone wie Europe/Berlin sein.',
    ja: 'Asia/Tokyo のようなIANAタイムゾーンを指定してください。',
  },
  'validation.password': {
    en: 'Must be at least 10 characters long.',
    de: 'Muss mindestens 10 Zeichen lang sein.',
    ja: '10文字以上で入力してください。',
  },
  'validation.currentPassword': {
    en: 'This is not your current password.',
    de: 'Das ist nicht Ihr aktuelles Passwort.',
    ja: '現在のパスワードが正しくありません。',
  },
  [unsafeTextMessage]: {
    en: 'Contains characters that are not text (a NUL byte or a broken Unicode character).',
    de: 'Enthält Zeichen, die kein Text sind (ein NUL-Byte oder ein defektes Unicode-Zeichen).',
    ja: 'テキストとして扱えない文字（NULバイトまたは壊れたUnicode文字）が含まれています。',
  },
  'validation.required': {
    en: 'This field is required.',
    de: 'Dieses Feld ist erforderlich.',
    ja: 'この項目は必須です。',
  },
};

/** Translates a validation message key; other text (zod's own, already localized) is returned as is. */
export function validationMessage(message: string, language: Language): string {
  return validationMessages[message]?.[language] ?? message;
}
