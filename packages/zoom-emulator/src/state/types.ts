/** Zoom plans that change rate limits and how many meetings a host may run at once. */
export type Plan = 'free' | 'pro' | 'business';
/** Zoom's three built-in roles. */
export type UserRole = 'owner' | 'admin' | 'member';
/** `1` Basic, `2` Licensed, `4` Unassigned without Meetings Basic. */
export type UserType = 1 | 2 | 4;
/** `pending` users were invited and have not accepted yet: Zoom returns them without an `id`. */
export type UserStatus = 'active' | 'inactive' | 'pending';
/**
 * The user's Concurrent Meeting feature as `GET /users/{userId}/settings` reports it in
 * `feature.concurrent_meeting`: `Basic` (Concurrent Meeting Basic), `Plus`, or `None` (disabled).
 */
export type ConcurrentMeetingFeature = 'Basic' | 'Plus' | 'None';
/** Marketplace app types: admin-managed General app, user-managed General app, Server-to-Server OAuth. */
export type AppType = 'admin' | 'user' | 's2s';
/** Zoom Rooms status values of `GET /rooms`. */
export type RoomStatus = 'Offline' | 'Available' | 'InMeeting' | 'UnderConstruction';
/** Meeting types accepted by `POST /users/{userId}/meetings`. */
export type MeetingType = 1 | 2 | 3 | 8;

/** Account passcode rules that meeting passwords must satisfy. */
export interface PasscodePolicy {
  /** Zoom generates a passcode when the request has none. */
  requirePasscode: boolean;
  minLength: number;
  requireLetter: boolean;
  requireNumber: boolean;
  onlyNumeric: boolean;
}

/** A Zoom account (tenant). */
export interface Account {
  id: string;
  /** Short handle used by the control API and the seed (`acme`). */
  key: string;
  name: string;
  plan: Plan;
  accountNumber: number;
  timezone: string;
  requirePreApproval: boolean;
  preApprovedApps: Set<string>;
  passcodePolicy: PasscodePolicy;
  createdAt: number;
}

/** A user of one account; `password` is for the emulator's sign-in page only. */
export interface ZoomUser {
  id: string;
  accountId: string;
  email: string;
  firstName: string;
  lastName: string;
  role: UserRole;
  type: UserType;
  status: UserStatus;
  concurrentMeeting: ConcurrentMeetingFeature;
  password: string;
  timezone: string;
  pmi: number;
  dept: string;
  language: string;
  createdAt: number;
  lastLoginAt: number | null;
}

/** A Zoom Room as `GET /rooms` lists it. */
export interface Room {
  id: string;
  roomId: string;
  accountId: string;
  name: string;
  status: RoomStatus;
  type: string;
  activationCode: string;
  locationId: string;
  tagIds: string[];
}

/** A meeting; settings keep only what differs from Zoom's defaults. */
export interface Meeting {
  id: number;
  uuid: string;
  accountId: string;
  hostId: string;
  topic: string;
  type: MeetingType;
  /** Epoch milliseconds, or null for type 3. */
  startTime: number | null;
  duration: number;
  timezone: string;
  agenda: string;
  password: string;
  encryptedPassword: string;
  numericPassword: string;
  createdAt: number;
  status: 'waiting' | 'started';
  preSchedule: boolean;
  /** Only the settings the caller set; defaults are shared (keeps memory flat with many meetings). */
  settings: Record<string, unknown> | null;
  recurrence: Record<string, unknown> | null;
  trackingFields: { field: string; value: string }[] | null;
  creationSource: 'open_api' | 'web_portal';
}

/** A Marketplace app with its credentials, scopes, redirect allow list and webhook endpoint. */
export interface App {
  clientId: string;
  clientSecret: string;
  name: string;
  type: AppType;
  scopes: string[];
  /** Allowed redirect URLs; `*` in the port (or at the end of the path) matches anything there. */
  redirectUrls: string[];
  webhookUrl: string | null;
  webhookSecret: string;
  /** Subscribed events; null = every event the emulator sends. */
  events: string[] | null;
  disabled: boolean;
}

/** An app added to an account (admin-managed, S2S) or by one user (user-managed). */
export interface Installation {
  id: string;
  clientId: string;
  accountId: string;
  /** The user who authorized (for S2S: the account owner). */
  userId: string;
  scopes: string[];
  installedAt: number;
}

/** Why a grant stopped working: revoked/uninstalled, user deactivated or deleted, or refresh token expired. */
export type GrantEndReason = 'revoked' | 'owner_gone' | 'expired';

/** One authorization: its current access and refresh tokens hang off it. */
export interface Grant {
  id: string;
  clientId: string;
  accountId: string;
  userId: string;
  scopes: string[];
  createdAt: number;
  installationId: string | null;
  refreshToken: string | null;
  refreshExpiresAt: number;
  endedReason: GrantEndReason | null;
  refreshCount: number;
}

/** An issued access token (the token string is the map key). */
export interface AccessToken {
  grantId: string;
  expiresAt: number;
}

/** A code from the authorize flow: single use, 5 minutes. */
export interface AuthorizationCode {
  clientId: string;
  userId: string;
  accountId: string;
  redirectUri: string;
  scopes: string[];
  installationId: string;
  codeChallenge: string | null;
  codeChallengeMethod: 'S256' | 'plain';
  expiresAt: number;
  used: boolean;
}

/** A signed-in browser on the emulator's pages. */
export interface BrowserSession {
  userId: string;
  createdAt: number;
}

/** An authorize request waiting for the user's Allow / Decline. */
export interface PendingConsent {
  sessionId: string;
  clientId: string;
  userId: string;
  redirectUri: string;
  state: string | null;
  scopes: string[];
  codeChallenge: string | null;
  codeChallengeMethod: 'S256' | 'plain';
  expiresAt: number;
}

/** Where a `next_page_token` resumes, and for which query. */
export interface PageCursor {
  queryKey: string;
  offset: number;
  expiresAt: number;
}
