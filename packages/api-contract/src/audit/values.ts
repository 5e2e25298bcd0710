/*
 * The audit log's action names (docs/zoom-api.md, "Audit actions"; docs/api.md). Plain values, no zod, so
 * the web app can list and name them without the schema library. Details never carry a token or secret;
 * Zoom events carry `zoomAccountId` and `zoomUserEmail` when known.
 */

/** Sign-in, users and invitations. */
export const accountAuditActions = {
  login: 'auth.login',
  loginFailed: 'auth.login_failed',
  userInvited: 'user.invited',
  invitationAccepted: 'invitation.accepted',
  invitationRevoked: 'invitation.revoked',
  roleChanged: 'user.role_changed',
  userDeactivated: 'user.deactivated',
  userReactivated: 'user.reactivated',
  userCreatedByCli: 'user.created_by_cli',
  passwordChanged: 'user.password_changed',
  signInUnlocked: 'user.sign_in_unlocked',
  organizationUpdated: 'organization.updated',
} as const;

/** The organization's and each user's Zoom connection. */
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

/**
 * The Zoom directory (host candidates, account users, rooms) and received webhooks. Connection status
 * changes a webhook causes are recorded as `zoom.organization.status_changed` / `zoom.personal.status_changed`.
 */
export const zoomDirectoryAuditActions = {
  /** Details: `added`, `removed`, `relabeled` (lists of `{zoomUserId, email}`). */
  hostCandidatesChanged: 'zoom.host_candidates.changed',
  /** Details: `total`, and `byStatus` counts. */
  accountUsersSynced: 'zoom.account_users.synced',
  /** Details: `total`. */
  roomsSynced: 'zoom.rooms.synced',
  /**
   * Webhooks that changed host candidates, one event per organization (details: `zoomUserId`, `flag`
   * `{from, to}`, `changed` fields).
   */
  userUpdated: 'zoom.webhook.user_updated',
  userDeactivated: 'zoom.webhook.user_deactivated',
  userActivated: 'zoom.webhook.user_activated',
  userDeleted: 'zoom.webhook.user_deleted',
} as const;

/** Jobs, their pipeline stages, candidates and applications (details: what changed, stage names). */
export const recruitingAuditActions = {
  jobCreated: 'job.created',
  jobUpdated: 'job.updated',
  jobClosed: 'job.closed',
  jobReopened: 'job.reopened',
  stageAdded: 'stage.added',
  stageUpdated: 'stage.updated',
  stageReordered: 'stage.reordered',
  stageRemoved: 'stage.removed',
  candidateCreated: 'candidate.created',
  candidateUpdated: 'candidate.updated',
  candidateMerged: 'candidate.merged',
  /** Details: how many rows were created, merged and applied. */
  candidatesImported: 'candidates.imported',
  applicationCreated: 'application.created',
  applicationMoved: 'application.moved',
  applicationRejected: 'application.rejected',
  applicationWithdrawn: 'application.withdrawn',
  applicationReopened: 'application.reopened',
} as const;

/** Interviews and their Zoom meetings (details: times, host, Zoom's answer when a step failed). */
export const interviewAuditActions = {
  scheduled: 'interview.scheduled',
  hostChosen: 'interview.host_chosen',
  rescheduled: 'interview.rescheduled',
  hostChanged: 'interview.host_changed',
  cancelled: 'interview.cancelled',
  meetingCreated: 'interview.meeting_created',
  meetingAdopted: 'interview.meeting_adopted',
  meetingUpdated: 'interview.meeting_updated',
  meetingRecreated: 'interview.meeting_recreated',
  meetingDeleted: 'interview.meeting_deleted',
  meetingFailed: 'interview.meeting_failed',
  meetingRetried: 'interview.meeting_retried',
  meetingStarted: 'interview.meeting_started',
  meetingDeletedInZoom: 'interview.meeting_deleted_in_zoom',
  meetingChangedInZoom: 'interview.meeting_changed_in_zoom',
  zoomTimeRestored: 'interview.zoom_time_restored',
  connectionFlagged: 'interview.connection_flagged',
  connectionRevalidated: 'interview.connection_revalidated',
  meetingsReconciled: 'interview.meetings_reconciled',
} as const;

/** The message templates admins edit (details: kind, language, version). */
export const notificationAuditActions = {
  messageTemplateSaved: 'message_template.saved',
  messageTemplateReset: 'message_template.reset',
} as const;

/** One of {@link zoomAuditActions}. */
export type ZoomAuditAction = (typeof zoomAuditActions)[keyof typeof zoomAuditActions];

/** Every action the server records, grouped as the audit log's filter offers them. */
export const auditActionGroups = {
  zoom: [...Object.values(zoomAuditActions), ...Object.values(zoomDirectoryAuditActions)],
  accounts: Object.values(accountAuditActions),
  recruiting: Object.values(recruitingAuditActions),
  interviews: Object.values(interviewAuditActions),
  notifications: Object.values(notificationAuditActions),
} as const;

/** Every action the server records. */
export type AuditAction =
  | (typeof accountAuditActions)[keyof typeof accountAuditActions]
  | ZoomAuditAction
  | (typeof zoomDirectoryAuditActions)[keyof typeof zoomDirectoryAuditActions]
  | (typeof recruitingAuditActions)[keyof typeof recruitingAuditActions]
  | (typeof interviewAuditActions)[keyof typeof interviewAuditActions]
  | (typeof notificationAuditActions)[keyof typeof notificationAuditActions];

/** Every action the server records, in one list. */
export const auditActions: readonly AuditAction[] = [
  ...auditActionGroups.zoom,
  ...auditActionGroups.accounts,
];

/**
 * What an audit event can be about, as the log names it: a Parley user, an invitation (by its e-mail), a
 * candidate, a job, an application or interview (by candidate and job), a Zoom host (by its label). Other
 * targets (connections, links, templates) are named by the action alone.
 */
export const auditSubjectTypes = [
  'user',
  'invitation',
  'candidate',
  'job',
  'application',
  'interview',
  'zoom_host_candidate',
] as const;
/** One of {@link auditSubjectTypes}. */
export type AuditSubjectType = (typeof auditSubjectTypes)[number];

/** How the recorded attempt ended. */
export const auditResults = ['success', 'failure'] as const;
/** One of {@link auditResults}. */
export type AuditResult = (typeof auditResults)[number];
