/*
 * How an interview's time reads for a person: in their language and a time zone they name. `Intl` does
 * the zone arithmetic from the UTC instants, so a range across a DST change reads right in each zone.
 */
import { dateAndTimeAt } from './zoned-clock.ts';

const dayOptions: Intl.DateTimeFormatOptions = {
  weekday: 'short',
  year: 'numeric',
  month: 'short',
  day: 'numeric',
};
const rangeOptions: Intl.DateTimeFormatOptions = { ...dayOptions, hour: 'numeric', minute: '2-digit' };

/** "Tue, Dec 8, 2026, 10:00 – 11:00 AM": the day once, both times, in `timeZone`. */
export function formatTimeRange(startAt: string, endAt: string, language: string, timeZone: string): string {
  if (isJapanese(language)) return japaneseTimeRange(startAt, endAt, language, timeZone);
  return new Intl.DateTimeFormat(language, { ...rangeOptions, timeZone }).formatRange(
    new Date(startAt),
    new Date(endAt),
  );
}

/** "10:00 – 11:00 AM": the times alone, for a row under its day's heading. */
export function formatClockRange(startAt: string, endAt: string, language: string, timeZone: string): string {
  if (isJapanese(language)) return japaneseClockRange(startAt, endAt, language, timeZone);
  return new Intl.DateTimeFormat(language, clockOptions(timeZone)).formatRange(
    new Date(startAt),
    new Date(endAt),
  );
}

const clockOptions = (timeZone: string): Intl.DateTimeFormatOptions => ({
  hour: 'numeric',
  minute: '2-digit',
  timeZone,
});

const isJapanese = (language: string) => language.split('-')[0] === 'ja';

/**
 * "14:00～15:00". ICU joins a Japanese range within one day as "14時00分～15時00分", where Japanese screens
 * (and ICU itself, for a single time) write the clock "14:00": so each end is formatted alone and the two
 * are joined with the wave dash.
 */
function japaneseClockRange(startAt: string, endAt: string, language: string, timeZone: string): string {
  const clock = new Intl.DateTimeFormat(language, clockOptions(timeZone));
  return `${clock.format(new Date(startAt))}～${clock.format(new Date(endAt))}`;
}

/** "2026年12月3日(木) 14:00～15:00", naming the second day too when the range passes midnight. */
function japaneseTimeRange(startAt: string, endAt: string, language: string, timeZone: string): string {
  const day = new Intl.DateTimeFormat(language, { ...dayOptions, timeZone });
  const clock = new Intl.DateTimeFormat(language, clockOptions(timeZone));
  const [start, end] = [new Date(startAt), new Date(endAt)];
  const endDay = zonedDate(startAt, timeZone) === zonedDate(endAt, timeZone) ? '' : `${day.format(end)} `;
  return `${day.format(start)} ${clock.format(start)}～${endDay}${clock.format(end)}`;
}

/**
 * "Monday, December 7, 2026, 10:00 – 11:00 AM": the weekday and month spelled out, for the one range a
 * dialog confirms. Japanese joins its date and clock with a space, as everywhere else in Parley
 * ("2026年12月7日(月) 10:00～11:00"), not with the comma the other languages use.
 */
export function formatFullTimeRange(
  startAt: string,
  endAt: string,
  language: string,
  timeZone: string,
): string {
  if (isJapanese(language)) return japaneseTimeRange(startAt, endAt, language, timeZone);
  const day = new Intl.DateTimeFormat(language, { dateStyle: 'full', timeZone }).format(new Date(startAt));
  return `${day}, ${formatClockRange(startAt, endAt, language, timeZone)}`;
}

/** "Tue 14:00" — a short label for a chip. */
export function formatWeekdayTime(isoInstant: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'short',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(new Date(isoInstant));
}

/** "Tuesday, December 8": a day's heading in a list or a week. */
export function formatDayHeading(isoInstant: string, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    timeZone,
  }).format(new Date(isoInstant));
}

/** The calendar day (`YYYY-MM-DD`) an instant falls on in `timeZone`: how a list groups by day. */
export function zonedDate(isoInstant: string, timeZone: string): string {
  return dateAndTimeAt(Date.parse(isoInstant), timeZone).date;
}

/** The `YYYY-MM-DD` that is `days` after `date` (calendar arithmetic, no time zone involved). */
export function addDays(date: string, days: number): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day! + days)).toISOString().slice(0, 10);
}

/** The Monday on or before `date` (`YYYY-MM-DD`): where a week view starts. */
export function mondayOf(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  const weekday = new Date(Date.UTC(year!, month! - 1, day!)).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}
