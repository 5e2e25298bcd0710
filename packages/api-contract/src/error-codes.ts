/** Every error a client can meet, as a stable string code the web app can switch on. */
export enum AppErrorCode {
  ValidationFailed = 'VALIDATION_FAILED',
  MalformedJson = 'MALFORMED_JSON',
  UnsupportedMediaType = 'UNSUPPORTED_MEDIA_TYPE',
  PayloadTooLarge = 'PAYLOAD_TOO_LARGE',
  Unauthenticated = 'UNAUTHENTICATED',
  InvalidCredentials = 'INVALID_CREDENTIALS',
  Forbidden = 'FORBIDDEN',
  CsrfInvalid = 'CSRF_INVALID',
  NotFound = 'NOT_FOUND',
  TooManyAttempts = 'TOO_MANY_ATTEMPTS',
  TooManyRequests = 'TOO_MANY_REQUESTS',
  EmailTaken = 'EMAIL_TAKEN',
  LastAdmin = 'LAST_ADMIN',
  InvitationInvalid = 'INVITATION_INVALID',
  InvitationExpired = 'INVITATION_EXPIRED',
  ZoomWebhookSignatureInvalid = 'ZOOM_WEBHOOK_SIGNATURE_INVALID',
  ZoomNotConnected = 'ZOOM_NOT_CONNECTED',
  ZoomNeedsReconnect = 'ZOOM_NEEDS_RECONNECT',
  ZoomUnavailable = 'ZOOM_UNAVAILABLE',
  ZoomCredentialsRejected = 'ZOOM_CREDENTIALS_REJECTED',
  ZoomLinkInvalid = 'ZOOM_LINK_INVALID',
  ZoomLinkExpired = 'ZOOM_LINK_EXPIRED',
  EditConflict = 'EDIT_CONFLICT',
  StageNotEmpty = 'STAGE_NOT_EMPTY',
  LastStage = 'LAST_STAGE',
  CandidateEmailExists = 'CANDIDATE_EMAIL_EXISTS',
  AlreadyApplied = 'ALREADY_APPLIED',
  JobClosed = 'JOB_CLOSED',
  ApplicationNotActive = 'APPLICATION_NOT_ACTIVE',
  ImportInvalid = 'IMPORT_INVALID',
  InterviewNotSchedulable = 'INTERVIEW_NOT_SCHEDULABLE',
  InterviewNotEditable = 'INTERVIEW_NOT_EDITABLE',
  NoHostAvailable = 'NO_HOST_AVAILABLE',
  HostCannotHost = 'HOST_CANNOT_HOST',
  MeetingNotStartable = 'MEETING_NOT_STARTABLE',
  MeetingNotDeletedInZoom = 'MEETING_NOT_DELETED_IN_ZOOM',
  NoMeetingDrift = 'NO_MEETING_DRIFT',
  HostLabelTaken = 'HOST_LABEL_TAKEN',
  Internal = 'INTERNAL_ERROR',
}

const appErrorCodes: ReadonlySet<string> = new Set(Object.values(AppErrorCode));

/** Whether `code` is one of {@link AppErrorCode}, e.g. to check an error body read from the network. */
export function isAppErrorCode(code: unknown): code is AppErrorCode {
  return typeof code === 'string' && appErrorCodes.has(code);
}

/** The HTTP status each code is answered with. */
export const httpStatusByCode: Record<AppErrorCode, number> = {
  [AppErrorCode.ValidationFailed]: 400,
  [AppErrorCode.MalformedJson]: 400,
  [AppErrorCode.UnsupportedMediaType]: 415,
  [AppErrorCode.PayloadTooLarge]: 413,
  [AppErrorCode.Unauthenticated]: 401,
  [AppErrorCode.InvalidCredentials]: 401,
  [AppErrorCode.Forbidden]: 403,
  [AppErrorCode.CsrfInvalid]: 403,
  [AppErrorCode.NotFound]: 404,
  [AppErrorCode.TooManyAttempts]: 429,
  [AppErrorCode.TooManyRequests]: 429,
  [AppErrorCode.EmailTaken]: 409,
  [AppErrorCode.LastAdmin]: 409,
  [AppErrorCode.InvitationInvalid]: 404,
  [AppErrorCode.InvitationExpired]: 410,
  [AppErrorCode.ZoomWebhookSignatureInvalid]: 401,
  [AppErrorCode.ZoomNotConnected]: 409,
  [AppErrorCode.ZoomNeedsReconnect]: 409,
  [AppErrorCode.ZoomUnavailable]: 502,
  [AppErrorCode.ZoomCredentialsRejected]: 422,
  [AppErrorCode.ZoomLinkInvalid]: 404,
  [AppErrorCode.ZoomLinkExpired]: 410,
  [AppErrorCode.EditConflict]: 409,
  [AppErrorCode.StageNotEmpty]: 409,
  [AppErrorCode.LastStage]: 409,
  [AppErrorCode.CandidateEmailExists]: 409,
  [AppErrorCode.AlreadyApplied]: 409,
  [AppErrorCode.JobClosed]: 409,
  [AppErrorCode.ApplicationNotActive]: 409,
  [AppErrorCode.ImportInvalid]: 422,
  [AppErrorCode.InterviewNotSchedulable]: 409,
  [AppErrorCode.InterviewNotEditable]: 409,
  [AppErrorCode.NoHostAvailable]: 409,
  [AppErrorCode.HostCannotHost]: 409,
  [AppErrorCode.MeetingNotStartable]: 409,
  [AppErrorCode.MeetingNotDeletedInZoom]: 409,
  [AppErrorCode.NoMeetingDrift]: 409,
  [AppErrorCode.HostLabelTaken]: 409,
  [AppErrorCode.Internal]: 500,
};

/** One field-level problem of a request, e.g. `{ path: 'email', message: '…' }`. */
export interface ErrorDetail {
  path: string;
  message: string;
}

/**
 * Facts an error carries for the client to act on, e.g. `existingCandidateId` with
 * CANDIDATE_EMAIL_EXISTS so the web app can offer the merge.
 */
export type ErrorMeta = Record<string, string | number>;
