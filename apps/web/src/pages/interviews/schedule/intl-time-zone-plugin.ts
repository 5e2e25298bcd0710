import { createPlugin } from '@fullcalendar/core';
import { NamedTimeZoneImpl } from '@fullcalendar/core/internal';
import { type ClockArray, clockAt, instantOfClock } from '../../../format/zoned-clock.ts';

/**
 * Named time zones for FullCalendar with the browser's `Intl` (FullCalendar's own plugins bring Luxon or
 * Moment): the calendar asks how far a zone is from UTC at a wall clock, and what an instant shows.
 */
class IntlNamedTimeZone extends NamedTimeZoneImpl {
  offsetForArray(clock: number[]): number {
    const wallClock = clock as ClockArray;
    return Math.round((Date.UTC(...wallClock) - instantOfClock(wallClock, this.timeZoneName)) / 60_000);
  }

  timestampToArray(epochMilliseconds: number): number[] {
    return clockAt(epochMilliseconds, this.timeZoneName);
  }
}

export const intlTimeZonePlugin = createPlugin({
  name: 'parley-intl-time-zone',
  namedTimeZonedImpl: IntlNamedTimeZone,
});
