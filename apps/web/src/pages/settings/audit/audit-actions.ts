import type { TFunction } from 'i18next';

/**
 * An audit action in words; an action this app does not know is shown as its code. Besides the contract's
 * actions it names a few that older versions recorded, which stay in the log.
 */
export function auditActionLabel(action: string, t: TFunction<'audit'>): string {
  switch (action) {
    case 'zoom.organization.connected':
      return t('audit.actions.organizationConnected');
    case 'zoom.organization.connect_failed':
      return t('audit.actions.organizationConnectFailed');
    case 'zoom.organization.disconnected':
      return t('audit.actions.organizationDisconnected');
    case 'zoom.organization.revoke_failed':
      return t('audit.actions.organizationRevokeFailed');
    case 'zoom.organization.status_changed':
      return t('audit.actions.organizationStatusChanged');
    case 'zoom.organization.server_to_server_tested':
      return t('audit.actions.serverToServerTested');
    // Older names, as issue 4 first listed them.
    case 'zoom.server_to_server.saved':
      return t('audit.actions.serverToServerSaved');
    case 'zoom.admin_link.created':
    case 'zoom.organization.admin_link_created':
      return t('audit.actions.adminLinkCreated');
    case 'zoom.admin_link.withdrawn':
      return t('audit.actions.adminLinkWithdrawn');
    case 'zoom.personal.connected':
      return t('audit.actions.personalConnected');
    case 'zoom.personal.connect_failed':
      return t('audit.actions.personalConnectFailed');
    case 'zoom.personal.disconnected':
      return t('audit.actions.personalDisconnected');
    case 'zoom.personal.revoke_failed':
      return t('audit.actions.personalRevokeFailed');
    case 'zoom.personal.status_changed':
      return t('audit.actions.personalStatusChanged');
    case 'zoom.host_candidates.changed':
      return t('audit.actions.hostCandidatesChanged');
    case 'zoom.account_users.synced':
      return t('audit.actions.accountUsersSynced');
    case 'zoom.rooms.synced':
      return t('audit.actions.roomsSynced');
    case 'zoom.webhook.app_deauthorized':
      return t('audit.actions.appDeauthorized');
    case 'zoom.webhook.user_updated':
      return t('audit.actions.zoomUserUpdated');
    case 'zoom.webhook.user_deactivated':
      return t('audit.actions.zoomUserDeactivated');
    case 'zoom.webhook.user_activated':
      return t('audit.actions.zoomUserActivated');
    case 'zoom.webhook.user_deleted':
      return t('audit.actions.zoomUserDeleted');
    case 'auth.login':
      return t('audit.actions.login');
    case 'auth.login_failed':
      return t('audit.actions.loginFailed');
    case 'user.invited':
      return t('audit.actions.userInvited');
    case 'invitation.accepted':
      return t('audit.actions.invitationAccepted');
    case 'invitation.revoked':
      return t('audit.actions.invitationRevoked');
    case 'user.role_changed':
      return t('audit.actions.roleChanged');
    case 'user.deactivated':
      return t('audit.actions.userDeactivated');
    case 'user.reactivated':
      return t('audit.actions.userReactivated');
    case 'user.created_by_cli':
      return t('audit.actions.userCreatedByCli');
    case 'user.password_changed':
      return t('audit.actions.passwordChanged');
    case 'user.sign_in_unlocked':
      return t('audit.actions.signInUnlocked');
    case 'message_template.saved':
      return t('audit.actions.messageTemplateSaved');
    case 'message_template.reset':
      return t('audit.actions.messageTemplateReset');
    case 'organization.updated':
      return t('audit.actions.organizationUpdated');
    case 'job.created':
      return t('audit.actions.jobCreated');
    case 'job.updated':
      return t('audit.actions.jobUpdated');
    case 'job.closed':
      return t('audit.actions.jobClosed');
    case 'job.reopened':
      return t('audit.actions.jobReopened');
    case 'stage.added':
      return t('audit.actions.stageAdded');
    case 'stage.updated':
      return t('audit.actions.stageUpdated');
    case 'stage.reordered':
      return t('audit.actions.stageReordered');
    case 'stage.removed':
      return t('audit.actions.stageRemoved');
    case 'candidate.created':
      return t('audit.actions.candidateCreated');
    case 'candidate.updated':
      return t('audit.actions.candidateUpdated');
    case 'candidate.merged':
      return t('audit.actions.candidateMerged');
    case 'candidates.imported':
      return t('audit.actions.candidatesImported');
    case 'application.created':
      return t('audit.actions.applicationCreated');
    case 'application.moved':
      return t('audit.actions.applicationMoved');
    case 'application.rejected':
      return t('audit.actions.applicationRejected');
    case 'application.withdrawn':
      return t('audit.actions.applicationWithdrawn');
    case 'application.reopened':
      return t('audit.actions.applicationReopened');
    case 'interview.scheduled':
      return t('audit.actions.interviewScheduled');
    case 'interview.host_chosen':
      return t('audit.actions.interviewHostChosen');
    case 'interview.rescheduled':
      return t('audit.actions.interviewRescheduled');
    case 'interview.host_changed':
      return t('audit.actions.interviewHostChanged');
    case 'interview.cancelled':
      return t('audit.actions.interviewCancelled');
    case 'interview.meeting_created':
      return t('audit.actions.meetingCreated');
    case 'interview.meeting_adopted':
      return t('audit.actions.meetingAdopted');
    case 'interview.meeting_updated':
      return t('audit.actions.meetingUpdated');
    case 'interview.meeting_recreated':
      return t('audit.actions.meetingRecreated');
    case 'interview.meeting_deleted':
      return t('audit.actions.meetingDeleted');
    case 'interview.meeting_failed':
      return t('audit.actions.meetingFailed');
    case 'interview.meeting_retried':
      return t('audit.actions.meetingRetried');
    case 'interview.meeting_started':
      return t('audit.actions.meetingStarted');
    case 'interview.meeting_deleted_in_zoom':
      return t('audit.actions.meetingDeletedInZoom');
    case 'interview.meeting_changed_in_zoom':
      return t('audit.actions.meetingChangedInZoom');
    case 'interview.zoom_time_restored':
      return t('audit.actions.zoomTimeRestored');
    case 'interview.connection_flagged':
      return t('audit.actions.connectionFlagged');
    case 'interview.connection_revalidated':
      return t('audit.actions.connectionRevalidated');
    case 'interview.meetings_reconciled':
      return t('audit.actions.meetingsReconciled');
    default:
      return action;
  }
}

/**
 * Who acted when no Parley user did: a Zoom admin who used an admin link (`via: admin_link`), Zoom for
 * webhook events (also status changes a webhook caused, which carry `webhookEvent`), else Parley itself
 * (background jobs).
 */
export function auditActorFallback(
  action: string,
  details: Record<string, unknown>,
  t: TFunction<'audit'>,
): string {
  if (details.via === 'admin_link') return t('audit.log.actorAdminLink');
  const byZoom = action.startsWith('zoom.webhook.') || typeof details.webhookEvent === 'string';
  return byZoom ? t('audit.log.actorZoom') : t('audit.log.actorSystem');
}
