/*
 * Plain values of the Zoom contract (docs/zoom-api.md). No zod here: the web app imports these at run time
 * and the server's database schema derives its column enums from them.
 */

/**
 * The status of a Zoom connection. `not_connected` (no connection stored) and `awaiting_authorization`
 * (an admin link is pending) are derived; the others are stored (see {@link storedZoomConnectionStatuses}).
 */
export const zoomConnectionStatuses = [
  'not_connected',
  'awaiting_authorization',
  'connected',
  'needs_reconnect',
  'removed_in_zoom',
] as const;
/** One of {@link zoomConnectionStatuses}. */
export type ZoomConnectionStatus = (typeof zoomConnectionStatuses)[number];

/** Whether `value` is one of {@link zoomConnectionStatuses}. */
export function isZoomConnectionStatus(value: unknown): value is ZoomConnectionStatus {
  return typeof value === 'string' && (zoomConnectionStatuses as readonly string[]).includes(value);
}

/** The statuses a stored connection row can have. */
export const storedZoomConnectionStatuses = ['connected', 'needs_reconnect', 'removed_in_zoom'] as const;
/** One of {@link storedZoomConnectionStatuses}. */
export type StoredZoomConnectionStatus = (typeof storedZoomConnectionStatuses)[number];

/** Why a connection needs a reconnect or was removed (`statusReason`). */
export const zoomStatusReasons = [
  'zoom_admin_role_lost',
  'zoom_user_deactivated',
  'zoom_user_deleted',
  'refresh_rejected',
  'scopes_missing',
  'credentials_rejected',
  'app_uninstalled',
] as const;
/** One of {@link zoomStatusReasons}. */
export type ZoomStatusReason = (typeof zoomStatusReasons)[number];

/** How Parley obtains tokens: a General app's OAuth grant, or Server-to-Server credentials. */
export const zoomAuthTypes = ['oauth', 'server_to_server'] as const;
/** One of {@link zoomAuthTypes}. */
export type ZoomAuthType = (typeof zoomAuthTypes)[number];

/** A Zoom user's role in their account. */
export const zoomUserRoles = ['owner', 'admin', 'member'] as const;
/** One of {@link zoomUserRoles}. */
export type ZoomUserRole = (typeof zoomUserRoles)[number];

/** Which Zoom access a user's meetings use. */
export const zoomAccessSources = ['personal', 'organization', 'none'] as const;
/** One of {@link zoomAccessSources}. */
export type ZoomAccessSource = (typeof zoomAccessSources)[number];

/** Zoom's user types: Basic, Licensed, Unassigned without Meetings Basic. */
export const zoomUserTypes = [1, 2, 4] as const;
/** One of {@link zoomUserTypes}. */
export type ZoomUserType = (typeof zoomUserTypes)[number];

/** A Zoom account user's status as Zoom lists it. */
export const zoomAccountUserStatuses = ['active', 'inactive', 'pending'] as const;
/** One of {@link zoomAccountUserStatuses}. */
export type ZoomAccountUserStatus = (typeof zoomAccountUserStatuses)[number];
/** A host candidate's status: a Zoom user's, or `deleted` once Zoom no longer has them. */
export const hostCandidateStatuses = ['active', 'inactive', 'pending', 'deleted'] as const;
/** One of {@link hostCandidateStatuses}. */
export type HostCandidateStatus = (typeof hostCandidateStatuses)[number];

/** Why a host candidate can no longer host. */
export const hostCandidateFlags = ['deactivated', 'deleted', 'basic_license'] as const;
/** One of {@link hostCandidateFlags}. */
export type HostCandidateFlag = (typeof hostCandidateFlags)[number];

/** The most account users one page of `GET /api/zoom/account-users` holds (Jobcan shows 300; Parley pages beyond). */
export const maxAccountUsersPerPage = 300;
