import type { HostExplanation, HostSkipReason } from '@parley/api-contract';
import type { TFunction } from 'i18next';

/** Formats a UTC range for the viewer ("10:00–11:00"), and an instant ("Dec 9, 1:00 AM"). */
export interface ExplanationTimeFormat {
  range: (start: string, end: string) => string;
  instant: (isoInstant: string) => string;
}

/** A host explanation in words: who hosts and why, then one line per host skipped and why. */
export interface WordedHostExplanation {
  chosen: string;
  skipped: string[];
}

/**
 * Words the explanation the server stores with an interview ("Kim: free, interviews that day: 1";
 * "Skipped Lee: busy 10:00–11:00"), in the viewer's language and zone. The server keeps it as data so
 * that each viewer reads it in their own words.
 */
export function wordHostExplanation(
  explanation: HostExplanation,
  t: TFunction<'interviews'>,
  format: ExplanationTimeFormat,
): WordedHostExplanation {
  const { chosen } = explanation;
  let chosenText: string;
  if (!chosen) chosenText = t('hostExplanation.nobody');
  else if (explanation.choice === 'own_zoom')
    chosenText = t('hostExplanation.ownZoom', { label: chosen.label });
  else if (explanation.choice === 'host_candidate')
    chosenText = t('hostExplanation.picked', { label: chosen.label });
  else chosenText = t('hostExplanation.automatic', { label: chosen.label, count: chosen.interviewsThatDay });
  if (chosen?.concurrencyUnknown) chosenText += t('hostExplanation.concurrencyUnknown');
  return {
    chosen: chosenText,
    skipped: explanation.skipped.map((skip) =>
      t('hostExplanation.skipped', { label: skip.label, reason: skipReasonText(skip.reason, t, format) }),
    ),
  };
}

function skipReasonText(reason: HostSkipReason, t: TFunction<'interviews'>, format: ExplanationTimeFormat) {
  switch (reason.kind) {
    case 'busy': {
      const ranges = reason.overlapping.map((range) => format.range(range.start, range.end)).join(', ');
      if (reason.concurrencyUnknown) return t('hostExplanation.reason.busyUnknown', { ranges });
      return t('hostExplanation.reason.busy', { ranges, limit: reason.concurrentLimit });
    }
    case 'basic_license':
      return t('hostExplanation.reason.basicLicense', { minutes: reason.maxMinutes });
    case 'daily_limit':
      return t('hostExplanation.reason.dailyLimit', { calls: reason.calls, limit: reason.limit });
    case 'zoom_daily_limit':
      return t('hostExplanation.reason.zoomDailyLimit', { until: format.instant(reason.until) });
    case 'deactivated':
    case 'deleted':
    case 'no_meeting_license':
      return plainSkipReasonText(reason.kind, t);
    case 'more_loaded':
      return reason.tie
        ? t('hostExplanation.reason.moreLoadedTie', { count: reason.interviewsThatDay })
        : t('hostExplanation.reason.moreLoaded', { count: reason.interviewsThatDay });
  }
}

/** The reasons that carry no data, read the same in an interview's explanation and in a refusal's details. */
type PlainSkipReason = 'deactivated' | 'deleted' | 'no_meeting_license';

/** The words of a reason that carries no data ({@link PlainSkipReason}). */
export function plainSkipReasonText(kind: PlainSkipReason, t: TFunction<'interviews'>): string {
  switch (kind) {
    case 'deactivated':
      return t('hostExplanation.reason.deactivated');
    case 'deleted':
      return t('hostExplanation.reason.deleted');
    case 'no_meeting_license':
      return t('hostExplanation.reason.noMeetingLicense');
  }
}
