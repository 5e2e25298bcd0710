import type {
  ZoomAccessSource,
  ZoomAccountUser,
  ZoomConnectionStatus,
  ZoomUserRole,
  ZoomUserType,
} from '@parley/api-contract';
import {
  type HostCandidate,
  type HostCandidateFlag,
  type HostNameParts,
  personName,
} from '@parley/api-contract';
import type { TFunction } from 'i18next';

/** The state names of docs/zoom-api.md, as the seeds' help pages word them. */
export function zoomStatusLabel(status: ZoomConnectionStatus, t: TFunction<'zoom'>): string {
  switch (status) {
    case 'not_connected':
      return t('zoom.status.notConnected');
    case 'awaiting_authorization':
      return t('zoom.status.awaitingAuthorization');
    case 'connected':
      return t('zoom.status.connected');
    case 'needs_reconnect':
      return t('zoom.status.needsReconnect');
    case 'removed_in_zoom':
      return t('zoom.status.removedInZoom');
  }
}

export function zoomAccessSourceLabel(source: ZoomAccessSource, t: TFunction<'zoom'>): string {
  switch (source) {
    case 'personal':
      return t('zoom.source.personal');
    case 'organization':
      return t('zoom.source.organization');
    case 'none':
      return t('zoom.source.none');
  }
}

export function zoomLicenseLabel(type: ZoomUserType, t: TFunction<'zoom'>): string {
  switch (type) {
    case 1:
      return t('zoom.license.basic');
    case 2:
      return t('zoom.license.licensed');
    case 4:
      return t('zoom.license.unassigned');
  }
}

export function zoomUserStatusLabel(
  status: ZoomAccountUser['status'] | HostCandidate['status'],
  t: TFunction<'zoom'>,
): string {
  switch (status) {
    case 'active':
      return t('zoom.userStatus.active');
    case 'inactive':
      return t('zoom.userStatus.inactive');
    case 'pending':
      return t('zoom.userStatus.pending');
    case 'deleted':
      return t('zoom.userStatus.deleted');
  }
}

export function zoomRoleLabel(role: ZoomUserRole | null, t: TFunction<'zoom'>): string {
  switch (role) {
    case 'owner':
      return t('zoom.role.owner');
    case 'admin':
      return t('zoom.role.admin');
    case 'member':
      return t('zoom.role.member');
    case null:
      return t('zoom.role.unknown');
  }
}

/** Why a chosen host can no longer host, in words. */
export function hostFlagLabel(flag: HostCandidateFlag, t: TFunction<'zoom'>): string {
  switch (flag) {
    case 'deactivated':
      return t('zoom.flag.deactivated');
    case 'deleted':
      return t('zoom.flag.deleted');
    case 'basic_license':
      return t('zoom.flag.basicLicense');
  }
}

/** "Jane Doe" in English and German, "Doe Jane" in Japanese; the email when Zoom has no name. */
export function zoomUserName(user: HostNameParts, language: string): string {
  return personName(user, language) || user.email;
}
