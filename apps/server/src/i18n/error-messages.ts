import { type Language, unsafeTextMessage } from '@parley/api-contract';
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
  [AppErrorCode.TooManyAttempts]:
    'Too many failed sign-in attempts. Wait a little (see Retry-After) and try again, or ask an admin to unlock your account.',
  [AppErrorCode.TooManyRequests]: 'Too many requests right now. Please try again in a moment.',
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
  [AppErrorCode.EditConflict]:
    'Someone else changed this in the meantime. Reload to see their changes, then make yours again.',
  [AppErrorCode.StageNotEmpty]: 'This stage still holds applications. Move them to another stage first.',
  [AppErrorCode.LastStage]: 'A job needs at least one stage.',
  [AppErrorCode.CandidateEmailExists]:
    'A candidate with this email address already exists. Open them, or merge this information into theirs.',
  [AppErrorCode.AlreadyApplied]: 'This candidate has already applied to this job.',
  [AppErrorCode.JobClosed]: 'This job is closed. Reopen it to add applications.',
  [AppErrorCode.ApplicationNotActive]: 'This application is rejected or withdrawn. Reopen it first.',
  [AppErrorCode.ImportInvalid]:
    'Nothing was imported: some rows have errors. Fix them and import the file again.',
  [AppErrorCode.InterviewNotSchedulable]:
    'Interviews can only be scheduled for an active application in an interview stage.',
  [AppErrorCode.InterviewNotEditable]: 'This interview is cancelled or over and can no longer be changed.',
  [AppErrorCode.NoHostAvailable]:
    'No Zoom host can take this interview at this time. The explanation lists why each host was skipped.',
  [AppErrorCode.HostCannotHost]:
    'This Zoom host cannot host this interview (see the explanation). Choose another host or another time.',
  [AppErrorCode.MeetingNotStartable]:
    'This interview has no Zoom meeting that can be started, or you are not its host or scheduling recruiter.',
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
    'Zu viele fehlgeschlagene Anmeldeversuche. Warten Sie etwas (siehe Retry-After) und versuchen Sie es erneut, oder bitten Sie einen Admin, Ihr Konto zu entsperren.',
  [AppErrorCode.TooManyRequests]: 'Gerade zu viele Anfragen. Bitte versuchen Sie es gleich noch einmal.',
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
  [AppErrorCode.EditConflict]:
    'Jemand anderes hat dies inzwischen geändert. Laden Sie neu, um die Änderungen zu sehen, und nehmen Sie Ihre dann erneut vor.',
  [AppErrorCode.StageNotEmpty]:
    'In dieser Phase befinden sich noch Bewerbungen. Verschieben Sie sie zuerst in eine andere Phase.',
  [AppErrorCode.LastStage]: 'Eine Stelle braucht mindestens eine Phase.',
  [AppErrorCode.CandidateEmailExists]:
    'Es gibt bereits einen Bewerber mit dieser E-Mail-Adresse. Öffnen Sie ihn oder führen Sie diese Angaben mit seinen zusammen.',
  [AppErrorCode.AlreadyApplied]: 'Dieser Bewerber hat sich bereits auf diese Stelle beworben.',
  [AppErrorCode.JobClosed]:
    'Diese Stelle ist geschlossen. Öffnen Sie sie wieder, um Bewerbungen hinzuzufügen.',
  [AppErrorCode.ApplicationNotActive]:
    'Diese Bewerbung wurde abgelehnt oder zurückgezogen. Öffnen Sie sie zuerst wieder.',
  [AppErrorCode.ImportInvalid]:
    'Es wurde nichts importiert: Einige Zeilen enthalten Fehler. Korrigieren Sie sie und importieren Sie die Datei erneut.',
  [AppErrorCode.InterviewNotSchedulable]:
    'Interviews können nur für eine aktive Bewerbung in einer Interviewphase geplant werden.',
  [AppErrorCode.InterviewNotEditable]:
    'Dieses Interview ist abgesagt oder vorbei und kann nicht mehr geändert werden.',
  [AppErrorCode.NoHostAvailable]:
    'Kein Zoom-Host kann dieses Interview zu dieser Zeit übernehmen. Die Erklärung nennt für jeden Host den Grund.',
  [AppErrorCode.HostCannotHost]:
    'Dieser Zoom-Host kann dieses Interview nicht hosten (siehe Erklärung). Wählen Sie einen anderen Host oder eine andere Zeit.',
  [AppErrorCode.MeetingNotStartable]:
    'Dieses Interview hat kein Zoom-Meeting, das gestartet werden kann, oder Sie sind weder Host noch planende Recruiterin bzw. planender Recruiter.',
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
    'ログインの失敗が続いています。しばらく待ってから（Retry-After を参照）もう一度お試しいただくか、管理者にロックの解除を依頼してください。',
  [AppErrorCode.TooManyRequests]: '現在リクエストが多すぎます。少し時間をおいてからもう一度お試しください。',
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
  [AppErrorCode.EditConflict]:
    '他のユーザーがこの内容を変更しました。再読み込みして変更内容を確認してから、もう一度編集してください。',
  [AppErrorCode.StageNotEmpty]: 'この選考段階にはまだ応募があります。先に別の段階へ移動してください。',
  [AppErrorCode.LastStage]: '求人には少なくとも1つの選考段階が必要です。',
  [AppErrorCode.CandidateEmailExists]:
    'このメールアドレスの応募者はすでに登録されています。既存の応募者を開くか、この情報を統合してください。',
  [AppErrorCode.AlreadyApplied]: 'この応募者はすでにこの求人に応募しています。',
  [AppErrorCode.JobClosed]: 'この求人は締め切られています。応募を追加するには再開してください。',
  [AppErrorCode.ApplicationNotActive]: 'この応募は不採用または辞退済みです。先に再開してください。',
  [AppErrorCode.ImportInvalid]:
    'インポートされませんでした。エラーのある行があります。修正してから、もう一度ファイルをインポートしてください。',
  [AppErrorCode.InterviewNotSchedulable]: '面接は、面接ステージにある有効な応募に対してのみ設定できます。',
  [AppErrorCode.InterviewNotEditable]: 'この面接はキャンセル済みまたは終了しているため、変更できません。',
  [AppErrorCode.NoHostAvailable]:
    'この時間に面接を担当できるZoomホストがいません。各ホストが除外された理由は説明をご覧ください。',
  [AppErrorCode.HostCannotHost]:
    'このZoomホストはこの面接を担当できません（説明を参照）。別のホストまたは別の時間を選んでください。',
  [AppErrorCode.MeetingNotStartable]:
    'この面接には開始できるZoomミーティングがないか、あなたはホストでも設定した採用担当者でもありません。',
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
  'validation.topicVariable': {
    en: 'Unknown variable. Use {job}, {stage}, {candidate} or {organization}.',
    de: 'Unbekannte Variable. Verwenden Sie {job}, {stage}, {candidate} oder {organization}.',
    ja: '不明な変数です。{job}、{stage}、{candidate}、{organization} を使用してください。',
  },
  'validation.topicTooLong': {
    en: 'Too long for Zoom: with names filled in, the topic must stay within 200 characters.',
    de: 'Zu lang für Zoom: Mit eingesetzten Namen darf das Thema höchstens 200 Zeichen haben.',
    ja: 'Zoomには長すぎます。名前を入れた状態で200文字以内にしてください。',
  },
  'validation.unknownUser': {
    en: 'Not an active member of your organization.',
    de: 'Kein aktives Mitglied Ihrer Organisation.',
    ja: '組織の有効なメンバーではありません。',
  },
  'validation.unknownStage': {
    en: 'Not a stage of this job.',
    de: 'Keine Phase dieser Stelle.',
    ja: 'この求人の選考段階ではありません。',
  },
  'validation.stageOrder': {
    en: 'List every stage of the job exactly once.',
    de: 'Geben Sie jede Phase der Stelle genau einmal an.',
    ja: '求人のすべての選考段階を1回ずつ指定してください。',
  },
  'validation.email': {
    en: 'Must be an email address.',
    de: 'Muss eine E-Mail-Adresse sein.',
    ja: 'メールアドレスを入力してください。',
  },
  'validation.language': {
    en: 'Must be en, de or ja.',
    de: 'Muss en, de oder ja sein.',
    ja: 'en、de、ja のいずれかを指定してください。',
  },
  'validation.duplicateInFile': {
    en: 'This email address already appears on an earlier line of the file.',
    de: 'Diese E-Mail-Adresse steht bereits in einer früheren Zeile der Datei.',
    ja: 'このメールアドレスはファイルの前の行にすでにあります。',
  },
  'validation.tooLong': {
    en: 'Too long.',
    de: 'Zu lang.',
    ja: '長すぎます。',
  },
  'validation.csvMalformed': {
    en: 'This line cannot be read as CSV (check quotes and the number of columns).',
    de: 'Diese Zeile ist kein gültiges CSV (Anführungszeichen und Spaltenzahl prüfen).',
    ja: 'この行はCSVとして読み取れません（引用符と列数を確認してください）。',
  },
  'validation.candidateEmailExists': {
    en: 'A candidate with this email address already exists.',
    de: 'Es gibt bereits einen Bewerber mit dieser E-Mail-Adresse.',
    ja: 'このメールアドレスの応募者はすでに登録されています。',
  },
  'validation.interviewers': {
    en: 'Every interviewer must be an active user of your organization.',
    de: 'Alle Interviewenden müssen aktive Benutzer Ihrer Organisation sein.',
    ja: '面接官は全員、組織の有効なユーザーである必要があります。',
  },
  'validation.idList': {
    en: 'Must be a comma-separated list of at most 100 ids.',
    de: 'Muss eine kommagetrennte Liste von höchstens 100 IDs sein.',
    ja: 'カンマ区切りのID（最大100件）で指定してください。',
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
