/*
 * Plain values of the admin notifications (docs/api.md, "Notifications"). No zod here: the web app imports
 * these at run time and the server's database schema derives its column checks from them.
 */
import type { HostCandidateFlag, ZoomStatusReason } from '../zoom/values.ts';

/**
 * What can go wrong that an admin must fix: the organization's Zoom connection removed in Zoom or needing a
 * reconnect, a meeting Zoom would not create or update after retries, a meeting someone deleted in Zoom
 * (a different fix: *Recreate*, and asking people not to), a host who can no longer host upcoming
 * interviews.
 */
export const adminIncidentKinds = [
  'zoom_connection_removed',
  'zoom_connection_needs_reconnect',
  'meeting_failed',
  'meeting_deleted_in_zoom',
  'host_cannot_host',
] as const;
/** One of {@link adminIncidentKinds}. */
export type AdminIncidentKind = (typeof adminIncidentKinds)[number];

/** Whether `value` is one of {@link adminIncidentKinds}. */
export function isAdminIncidentKind(value: unknown): value is AdminIncidentKind {
  return typeof value === 'string' && (adminIncidentKinds as readonly string[]).includes(value);
}

/**
 * The facts of an incident, as data: the e-mail and the bell word them in the reader's language. No
 * secrets (no tokens, no start links, no passcodes).
 */
export type AdminIncidentFacts =
  | {
      kind: 'zoom_connection_removed' | 'zoom_connection_needs_reconnect';
      connectionId: string;
      zoomUserEmail: string;
      reason: ZoomStatusReason | null;
    }
  | {
      kind: 'meeting_failed';
      /** The Zoom user the meetings are on, and its label in Parley. */
      hostZoomUserId: string;
      hostLabel: string;
      /** Zoom's last answer: HTTP status (0 when Zoom did not answer), Zoom's code and message. */
      operation: string;
      status: number;
      zoomCode: number | null;
      message: string;
    }
  | {
      kind: 'meeting_deleted_in_zoom';
      /** The Zoom user whose meetings were deleted, and its label in Parley. */
      hostZoomUserId: string;
      hostLabel: string;
    }
  | {
      kind: 'host_cannot_host';
      hostCandidateId: string;
      hostLabel: string;
      hostEmail: string;
      flag: HostCandidateFlag;
    };
