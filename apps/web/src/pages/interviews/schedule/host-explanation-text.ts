import type { TFunction } from 'i18next';
import { plainSkipReasonText } from '../host-explanation.ts';

/**
 * A reason as the server's `NO_HOST_AVAILABLE` / `HOST_CANNOT_HOST` details name it (`host.<label>` →
 * the reason's kind): the kind only, without the ranges or counts the preview's explanation has, so the
 * shorter words. Reasons without data read as in the explanation.
 */
export function skipReasonKindText(kind: string, t: TFunction<'interviews'>): string {
  switch (kind) {
    case 'busy':
      return t('schedule.host.reasonKind.busy');
    case 'basic_license':
      return t('schedule.host.reasonKind.basicLicense');
    case 'daily_limit':
      return t('schedule.host.reasonKind.dailyLimit');
    case 'zoom_daily_limit':
      return t('schedule.host.reasonKind.zoomDailyLimit');
    case 'deactivated':
    case 'deleted':
    case 'no_meeting_license':
      return plainSkipReasonText(kind, t);
    case 'more_loaded':
      return t('schedule.host.reasonKind.moreLoaded');
    default:
      return t('schedule.host.reasonKind.other');
  }
}
