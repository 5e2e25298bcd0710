import { useTranslation } from 'react-i18next';
import {
  formatClockRange,
  formatDayHeading,
  formatTimeRange,
  formatWeekdayTime,
} from '../../format/interview-time.ts';
import { useMe } from '../../session/session-context.tsx';

/** Interview times as the signed-in person reads them: their language, their profile's time zone. */
export function useViewerTime() {
  const { i18n } = useTranslation();
  const timeZone = useMe().user.timeZone;
  const language = i18n.language;
  return {
    timeZone,
    language,
    range: (start: string, end: string, zone = timeZone) => formatTimeRange(start, end, language, zone),
    clock: (start: string, end: string) => formatClockRange(start, end, language, timeZone),
    day: (isoInstant: string) => formatDayHeading(isoInstant, language, timeZone),
    weekdayTime: (isoInstant: string) => formatWeekdayTime(isoInstant, language, timeZone),
  };
}
