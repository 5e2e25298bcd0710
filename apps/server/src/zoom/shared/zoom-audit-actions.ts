/**
 * Audit-log action names of Zoom connections (docs/zoom-api.md, "Audit actions"). Metadata always carries
 * `zoomAccountId` and `zoomUserEmail` when known, never a token or secret.
 */
export const zoomAuditActions = {
  organizationConnected: 'zoom.organization.connected',
  organizationConnectFailed: 'zoom.organization.connect_failed',
  organizationDisconnected: 'zoom.organization.disconnected',
  organizationRevokeFailed: 'zoom.organization.revoke_failed',
  organizationStatusChanged: 'zoom.organization.status_changed',
  serverToServerTested: 'zoom.organization.server_to_server_tested',
  adminLinkCreated: 'zoom.admin_link.created',
  adminLinkWithdrawn: 'zoom.admin_link.withdrawn',
  personalConnected: 'zoom.personal.connected',
  personalConnectFailed: 'zoom.personal.connect_failed',
  personalDisconnected: 'zoom.personal.disconnected',
  personalRevokeFailed: 'zoom.personal.revoke_failed',
  personalStatusChanged: 'zoom.personal.status_changed',
} as const;

/** One of {@link zoomAuditActions}. */
export type ZoomAuditAction = (typeof zoomAuditActions)[keyof typeof zoomAuditActions];
