import type { TFunction } from 'i18next';

/** Whose connection a reason is about: the wording differs (another Zoom admin vs. your own account). */
export type ConnectionScope = 'organization' | 'personal';

/**
 * The `statusReason` of a connection in words, with what to do next. An unknown reason from a newer server
 * is named as it is rather than hidden.
 */
export function zoomStatusReasonText(
  reason: string,
  scope: ConnectionScope,
  zoomEmail: string | null,
  t: TFunction<'zoom'>,
): string {
  const email = zoomEmail ?? t('zoom.reason.unknownUser');
  const personal = scope === 'personal';
  switch (reason) {
    case 'zoom_admin_role_lost':
      return t('zoom.reason.adminRoleLost', { email });
    case 'zoom_user_deactivated':
      return personal
        ? t('zoom.reason.personalUserDeactivated', { email })
        : t('zoom.reason.userDeactivated', { email });
    case 'zoom_user_deleted':
      return personal
        ? t('zoom.reason.personalUserDeleted', { email })
        : t('zoom.reason.userDeleted', { email });
    case 'refresh_rejected':
      return personal ? t('zoom.reason.personalRefreshRejected') : t('zoom.reason.refreshRejected');
    case 'scopes_missing':
      return t('zoom.reason.scopesMissing');
    case 'credentials_rejected':
      return t('zoom.reason.credentialsRejected');
    case 'app_uninstalled':
      return personal ? t('zoom.reason.personalAppUninstalled') : t('zoom.reason.appUninstalled');
    default:
      return t('zoom.reason.other', { reason });
  }
}

/** A `statusReason` as a short name, for lists such as the audit log. */
export function zoomStatusReasonLabel(reason: string, t: TFunction<'zoom'>): string {
  switch (reason) {
    case 'zoom_admin_role_lost':
      return t('zoom.reasonShort.adminRoleLost');
    case 'zoom_user_deactivated':
      return t('zoom.reasonShort.userDeactivated');
    case 'zoom_user_deleted':
      return t('zoom.reasonShort.userDeleted');
    case 'refresh_rejected':
      return t('zoom.reasonShort.refreshRejected');
    case 'scopes_missing':
      return t('zoom.reasonShort.scopesMissing');
    case 'credentials_rejected':
      return t('zoom.reasonShort.credentialsRejected');
    case 'app_uninstalled':
      return t('zoom.reasonShort.appUninstalled');
    default:
      return reason;
  }
}
