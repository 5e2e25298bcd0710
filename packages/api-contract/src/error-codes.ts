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
  Internal = 'INTERNAL_ERROR',
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
  [AppErrorCode.Internal]: 500,
};

/** One field-level problem of a request, e.g. `{ path: 'email', message: '…' }`. */
export interface ErrorDetail {
  path: string;
  message: string;
}
