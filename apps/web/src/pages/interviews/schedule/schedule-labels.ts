import type { InterviewLocationKind } from '@parley/api-contract';
import type { TFunction } from 'i18next';
import type { ZoomBlocker } from './zoom-usability.ts';

/** A location kind's name ("Zoom meeting", "Zoom Room", "In person", "Phone"). */
export function locationKindLabel(kind: InterviewLocationKind, t: TFunction<'interviews'>): string {
  switch (kind) {
    case 'zoom':
      return t('schedule.place.kind.zoom');
    case 'zoom_room':
      return t('schedule.place.kind.zoomRoom');
    case 'in_person':
      return t('schedule.place.kind.inPerson');
    case 'phone':
      return t('schedule.place.kind.phone');
  }
}

/** What the details field asks for: an address in person, a number for a phone interview. */
export function locationDetailsLabel(kind: 'in_person' | 'phone', t: TFunction<'interviews'>): string {
  return kind === 'phone' ? t('schedule.place.details.phone') : t('schedule.place.details.inPerson');
}

/** Why the organization's Zoom cannot make meetings now, and what it takes. */
export function zoomBlockerText(blocker: ZoomBlocker, t: TFunction<'interviews'>): string {
  switch (blocker) {
    case 'not_connected':
      return t('schedule.webMeeting.blocked.notConnected');
    case 'awaiting_authorization':
      return t('schedule.webMeeting.blocked.awaitingAuthorization');
    case 'needs_reconnect':
      return t('schedule.webMeeting.blocked.needsReconnect');
    case 'removed_in_zoom':
      return t('schedule.webMeeting.blocked.removedInZoom');
  }
}
