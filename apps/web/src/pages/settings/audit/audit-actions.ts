import type { TFunction } from 'i18next';

/** The audit actions this app names in words, grouped as the action filter offers them. */
export const knownAuditActions = {
  zoom: [
    'zoom.organization.connected',
    'zoom.organization.connect_failed',
    'zoom.organization.disconnected',
    'zoom.organization.revoke_failed',
    'zoom.organization.status_changed',
    'zoom.organization.server_to_server_tested',
    'zoom.admin_link.created',
    'zoom.admin_link.withdrawn',
    'zoom.personal.connected',
    'zoom.personal.connect_failed',
    'zoom.personal.disconnected',
    'zoom.personal.revoke_failed',
    'zoom.personal.status_changed',
    'zoom.host_candidates.changed',
    'zoom.account_users.synced',
    'zoom.rooms.synced',
    'zoom.webhook.user_updated',
    'zoom.webhook.user_deactivated',
    'zoom.webhook.user_activated',
    'zoom.webhook.user_deleted',
  ],
  accounts: [
    'auth.login',
    'auth.login_failed',
    'user.invited',
    'invitation.accepted',
    'invitation.revoked',
    'user.role_changed',
    'user.deactivated',
    'user.reactivated',
    'user.created_by_cli',
    'user.password_changed',
  ],
} as const;

/** An audit action in words; an action this app does not know yet is shown as its code. */
export function auditActionLabel(action: string, t: TFunction): string {
  switch (action) {
    case 'zoom.organization.connected':
      return t('auditActions.organizationConnected');
    case 'zoom.organization.connect_failed':
      return t('auditActions.organizationConnectFailed');
    case 'zoom.organization.disconnected':
      return t('auditActions.organizationDisconnected');
    case 'zoom.organization.revoke_failed':
      return t('auditActions.organizationRevokeFailed');
    case 'zoom.organization.status_changed':
      return t('auditActions.organizationStatusChanged');
    case 'zoom.organization.server_to_server_tested':
      return t('auditActions.serverToServerTested');
    // Older names, as issue 4 first listed them.
    case 'zoom.server_to_server.saved':
      return t('auditActions.serverToServerSaved');
    case 'zoom.admin_link.created':
    case 'zoom.organization.admin_link_created':
      return t('auditActions.adminLinkCreated');
    case 'zoom.admin_link.withdrawn':
      return t('auditActions.adminLinkWithdrawn');
    case 'zoom.personal.connected':
      return t('auditActions.personalConnected');
    case 'zoom.personal.connect_failed':
      return t('auditActions.personalConnectFailed');
    case 'zoom.personal.disconnected':
      return t('auditActions.personalDisconnected');
    case 'zoom.personal.revoke_failed':
      return t('auditActions.personalRevokeFailed');
    case 'zoom.personal.status_changed':
      return t('auditActions.personalStatusChanged');
    case 'zoom.host_candidates.changed':
      return t('auditActions.hostCandidatesChanged');
    case 'zoom.account_users.synced':
      return t('auditActions.accountUsersSynced');
    case 'zoom.rooms.synced':
      return t('auditActions.roomsSynced');
    case 'zoom.webhook.app_deauthorized':
      return t('auditActions.appDeauthorized');
    case 'zoom.webhook.user_updated':
      return t('auditActions.zoomUserUpdated');
    case 'zoom.webhook.user_deactivated':
      return t('auditActions.zoomUserDeactivated');
    case 'zoom.webhook.user_activated':
      return t('auditActions.zoomUserActivated');
    case 'zoom.webhook.user_deleted':
      return t('auditActions.zoomUserDeleted');
    case 'auth.login':
      return t('auditActions.login');
    case 'auth.login_failed':
      return t('auditActions.loginFailed');
    case 'user.invited':
      return t('auditActions.userInvited');
    case 'invitation.accepted':
      return t('auditActions.invitationAccepted');
    case 'invitation.revoked':
      return t('auditActions.invitationRevoked');
    case 'user.role_changed':
      return t('auditActions.roleChanged');
    case 'user.deactivated':
      return t('auditActions.userDeactivated');
    case 'user.reactivated':
      return t('auditActions.userReactivated');
    case 'user.created_by_cli':
      return t('auditActions.userCreatedByCli');
    case 'user.password_changed':
      return t('auditActions.passwordChanged');
    default:
      return action;
  }
}

/**
 * Who acted when no Parley user did: a Zoom admin who used an admin link (`via: admin_link`), Zoom for
 * webhook events (also status changes a webhook caused, which carry `webhookEvent`), else Parley itself
 * (background jobs).
 */
export function auditActorFallback(action: string, details: Record<string, unknown>, t: TFunction): string {
  if (details.via === 'admin_link') return t('auditLog.actorAdminLink');
  const byZoom = action.startsWith('zoom.webhook.') || typeof details.webhookEvent === 'string';
  return byZoom ? t('auditLog.actorZoom') : t('auditLog.actorSystem');
}
