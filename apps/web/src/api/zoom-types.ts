/** Wire types of the Zoom connections contract, as specified in docs/zoom-api.md. */
import type { Role } from './types.ts';

export const zoomConnectionStatuses = [
  'not_connected',
  'awaiting_authorization',
  'connected',
  'needs_reconnect',
  'removed_in_zoom',
] as const;
export type ZoomConnectionStatus = (typeof zoomConnectionStatuses)[number];

/** Why a connection needs a reconnect or was removed; other strings may arrive from newer servers. */
export type ZoomStatusReason =
  | 'zoom_admin_role_lost'
  | 'zoom_user_deactivated'
  | 'zoom_user_deleted'
  | 'refresh_rejected'
  | 'scopes_missing'
  | 'credentials_rejected'
  | 'app_uninstalled';

/** A problem found by the last check or use; `message` is translated by the server. */
export interface ZoomProblem {
  code: string;
  message: string;
  zoomCode?: number;
  missingScopes?: string[];
}

export type ZoomRole = 'owner' | 'admin' | 'member';

export interface OrganizationZoomConnection {
  status: ZoomConnectionStatus;
  statusReason: string | null;
  statusChangedAt: string | null;
  authType: 'oauth' | 'server_to_server' | null;
  zoomAccountId: string | null;
  /** The Zoom user who authorized (OAuth) or the account owner (Server-to-Server). */
  zoomUser: { id: string; email: string; name: string; role: ZoomRole } | null;
  scopes: string[];
  connectedAt: string | null;
  connectedBy: { id: string; name: string } | null;
  lastCheckAt: string | null;
  lastCheckOk: boolean | null;
  problem: ZoomProblem | null;
  /** While awaiting authorization: when the admin link expires (the link itself is shown only once). */
  pendingLink: { expiresAt: string; createdBy: { id: string; name: string } } | null;
  /** Server-to-Server: the stored account id and client id (never the secret). */
  serverToServer: { accountId: string; clientId: string } | null;
}

export type ZoomAccessSource = 'personal' | 'organization' | 'none';

export interface PersonalZoomConnection {
  status: ZoomConnectionStatus;
  statusReason: string | null;
  zoomUser: { id: string; email: string; name: string } | null;
  connectedAt: string | null;
  lastUsedAt: string | null;
  problem: ZoomProblem | null;
  /** Which Zoom access the user's meetings use now. */
  effective: { source: ZoomAccessSource; zoomEmail: string | null; usable: boolean };
}

export interface ConnectedUser {
  user: { id: string; name: string; email: string; role: Role; active: boolean };
  source: ZoomAccessSource;
  /** Of the connection named by `source`. */
  status: ZoomConnectionStatus;
  zoomEmail: string | null;
  lastUsedAt: string | null;
}

/** Zoom's user types: Basic, Licensed, Unassigned without Meetings Basic. */
export type ZoomUserType = 1 | 2 | 4;

export interface ZoomAccountUser {
  /** Null for pending users: Zoom gives them no id until they accept the invitation. */
  zoomUserId: string | null;
  email: string;
  firstName: string;
  lastName: string;
  type: ZoomUserType;
  status: 'active' | 'inactive' | 'pending';
  role: ZoomRole | null;
  /** Whether this user is a host candidate now. */
  selected: boolean;
}

export interface ZoomAccountUserPage {
  users: ZoomAccountUser[];
  /** Users in the last loaded copy of the account's user list. */
  total: number;
  /** Users matching `search`. */
  matched: number;
  offset: number;
  /** When the user list was last loaded from Zoom; null before the first load. */
  syncedAt: string | null;
}

export interface ZoomAccountUserQuery {
  search?: string;
  offset?: number;
  limit?: number;
}

export type HostCandidateFlag = 'deactivated' | 'deleted' | 'basic_license';

export interface HostCandidate {
  id: string;
  zoomUserId: string;
  email: string;
  firstName: string;
  lastName: string;
  /** Defaults to "Last First <email>". */
  label: string;
  type: ZoomUserType;
  status: 'active' | 'inactive' | 'pending' | 'deleted';
  /** The connecting Zoom user. */
  isDefault: boolean;
  /** Why this host can no longer host; null when fine. Flagged hosts stay listed. */
  flag: HostCandidateFlag | null;
}

/** One chosen host for `PUT /api/zoom/host-candidates`; without `label` the server uses the default. */
export interface HostCandidateChoice {
  zoomUserId: string;
  label?: string;
}

export interface ZoomRoom {
  id: string;
  zoomRoomId: string;
  name: string;
  status: string;
  syncedAt: string;
}

export interface ZoomRoomList {
  rooms: ZoomRoom[];
  syncedAt: string | null;
}

export interface ServerToServerCredentials {
  accountId: string;
  clientId: string;
  clientSecret: string;
}

export interface ServerToServerTestResult {
  zoomAccountId: string;
  ownerEmail: string;
  scopes: string[];
}

export interface AuditEvent {
  id: string;
  at: string;
  action: string;
  result: 'success' | 'failure';
  /** Null when Zoom (a webhook) or the system (a background job) acted. */
  actor: { id: string; name: string } | null;
  zoomAccountId: string | null;
  zoomUserEmail: string | null;
  details: Record<string, unknown>;
}

export interface AuditEventQuery {
  action?: string;
  actorUserId?: string;
  /** ISO instant, inclusive. */
  from?: string;
  /** ISO instant, exclusive. */
  to?: string;
  /** The `nextBefore` cursor of the previous page. */
  before?: string;
  limit?: number;
}

export interface AuditEventPage {
  events: AuditEvent[];
  /** Pass as `before` for the next (older) page; null when there is none. */
  nextBefore: string | null;
}

/** What a Zoom admin link reveals to the Zoom admin who opens it. */
export interface ZoomAdminLinkPreview {
  organizationName: string;
  requestedBy: string;
  expiresAt: string;
}

export interface ZoomAdminLink {
  url: string;
  expiresAt: string;
}

export interface ZoomAuthorization {
  authorizeUrl: string;
}

export function isZoomConnectionStatus(value: unknown): value is ZoomConnectionStatus {
  return typeof value === 'string' && (zoomConnectionStatuses as readonly string[]).includes(value);
}
