/**
 * Audit-log actions of the Zoom directory (host candidates, account users, rooms) and of received
 * webhooks. Connection status changes caused by webhooks are recorded by `markZoomConnectionStatus` as
 * `zoom.organization.status_changed` / `zoom.personal.status_changed`. Metadata carries `zoomAccountId`
 * and `zoomUserEmail` when known, never a token or secret.
 */
export const zoomDirectoryAuditActions = {
  /** Metadata: `added`, `removed`, `relabeled` (lists of `{zoomUserId, email}`). */
  hostCandidatesChanged: 'zoom.host_candidates.changed',
  /** Metadata: `total`, and `byStatus` counts. */
  accountUsersSynced: 'zoom.account_users.synced',
  /** Metadata: `total`. */
  roomsSynced: 'zoom.rooms.synced',
  /**
   * Webhooks that changed host candidates, one event per organization (metadata: `zoomUserId`, `flag`
   * `{from, to}`, `changed` fields). Connection changes they cause are `*.status_changed` events.
   */
  userUpdated: 'zoom.webhook.user_updated',
  userDeactivated: 'zoom.webhook.user_deactivated',
  userActivated: 'zoom.webhook.user_activated',
  userDeleted: 'zoom.webhook.user_deleted',
} as const;
