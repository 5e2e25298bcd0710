import type { AdminIncidentFacts, AdminIncidentKind } from '@parley/api-contract';
import type { TFunction } from 'i18next';

/** The bell's headline of an incident: what happened, naming the host where there is one. */
export function incidentTitle(facts: AdminIncidentFacts, t: TFunction<'notifications'>): string {
  switch (facts.kind) {
    case 'zoom_connection_removed':
      return t('kinds.zoom_connection_removed');
    case 'zoom_connection_needs_reconnect':
      return t('kinds.zoom_connection_needs_reconnect');
    case 'meeting_failed':
      return t('kinds.meeting_failed', { hostLabel: facts.hostLabel });
    case 'meeting_deleted_in_zoom':
      return t('kinds.meeting_deleted_in_zoom', { hostLabel: facts.hostLabel });
    case 'host_cannot_host':
      return t('kinds.host_cannot_host', { hostLabel: facts.hostLabel });
  }
}

/** The facts in the reader's words: the Zoom user, Zoom's answer, or why the host cannot host. */
export function incidentDetails(facts: AdminIncidentFacts, t: TFunction<'notifications'>): string {
  switch (facts.kind) {
    case 'zoom_connection_removed':
    case 'zoom_connection_needs_reconnect':
      return t('details.zoomUser', { zoomUserEmail: facts.zoomUserEmail });
    case 'meeting_failed':
      // Zoom's own words, which already name its code ("Zoom 3161: …").
      return facts.status === 0 ? t('details.noAnswer') : facts.message;
    case 'meeting_deleted_in_zoom':
      return t('details.meetingDeletedInZoom');
    case 'host_cannot_host':
      switch (facts.flag) {
        case 'deactivated':
          return t('details.flags.deactivated', { hostEmail: facts.hostEmail });
        case 'deleted':
          return t('details.flags.deleted', { hostEmail: facts.hostEmail });
        case 'basic_license':
          return t('details.flags.basic_license', { hostEmail: facts.hostEmail });
      }
  }
}

/** The e-mail choice of one kind in Settings → Profile. */
export function preferenceLabel(kind: AdminIncidentKind, t: TFunction<'notifications'>): string {
  switch (kind) {
    case 'zoom_connection_removed':
      return t('preferences.kinds.zoom_connection_removed');
    case 'zoom_connection_needs_reconnect':
      return t('preferences.kinds.zoom_connection_needs_reconnect');
    case 'meeting_failed':
      return t('preferences.kinds.meeting_failed');
    case 'meeting_deleted_in_zoom':
      return t('preferences.kinds.meeting_deleted_in_zoom');
    case 'host_cannot_host':
      return t('preferences.kinds.host_cannot_host');
  }
}
