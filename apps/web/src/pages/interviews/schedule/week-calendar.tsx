import type { DatesSetArg, EventInput, SlotLabelContentArg } from '@fullcalendar/core';
import deLocale from '@fullcalendar/core/locales/de';
import jaLocale from '@fullcalendar/core/locales/ja';
import interactionPlugin from '@fullcalendar/interaction';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { useEffect, useRef, useState } from 'react';
import { instantOfDateAndTime } from '../../../format/zoned-clock.ts';
import { intlTimeZonePlugin } from './intl-time-zone-plugin.ts';
import type { DraftRange } from './schedule-draft.ts';

/** A range the calendar shows as taken, with whose it is. */
export interface BusyBlock {
  id: string;
  start: string;
  end: string;
  title: string;
}

interface WeekCalendarProps {
  language: string;
  /** The recruiter's zone: the calendar's own axis. */
  timeZone: string;
  /** The candidate's zone: a second time beside every slot label. */
  candidateTimeZone: string;
  /** The day the calendar shows first (`YYYY-MM-DD`); it follows the date field. */
  date: string;
  selection: DraftRange | null;
  selectionTitle: string;
  busy: readonly BusyBlock[];
  /** Called with the start the recruiter picked (ISO with offset); the range keeps the draft's duration. */
  onPick: (startIso: string) => void;
  /** Called when the recruiter stretched or shrank the range. */
  onResize: (durationMinutes: number) => void;
  /** The visible week, for the busy times to load. */
  onWeekChange: (week: DraftRange) => void;
}

const plugins = [timeGridPlugin, interactionPlugin, intlTimeZonePlugin];
const locales = [deLocale, jaLocale];

function toUtc(isoWithOffset: string): string {
  return new Date(isoWithOffset).toISOString();
}

/**
 * The instant a slot label stands for on the first day shown: FullCalendar's own `date` of a slot label
 * lies in 1970, when London kept summer time all year, so the time of day is placed on a day of this week.
 */
function instantOfSlot(slot: SlotLabelContentArg, firstDay: string, timeZone: string): number | null {
  const minutes = Math.round(slot.time.milliseconds / 60_000);
  const clock = `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  return instantOfDateAndTime(firstDay, clock, timeZone);
}

/**
 * Japanese screens write a clock "14:00". FullCalendar's default leaves out ":00", and the hour alone reads
 * "14時" in Japanese; German and English keep FullCalendar's defaults ("14 Uhr", "2pm").
 */
const japaneseClock = { hour: 'numeric', minute: '2-digit', hour12: false } as const;

/** Phones get three days at a time: seven columns would be too narrow to hit. */
const narrowScreen = '(max-width: 40rem)';

function viewFor(narrow: boolean): string {
  return narrow ? 'timeGridThreeDays' : 'timeGridWeek';
}

function minutesBetween(start: Date | null, end: Date | null): number | null {
  if (!start || !end) return null;
  return Math.round((end.getTime() - start.getTime()) / 60_000);
}

/**
 * The week calendar of the schedule dialog: FullCalendar's time grid in the recruiter's zone, the people's
 * and hosts' busy times as shaded blocks, and the one chosen range, which can be dragged to another time
 * or stretched. Clicking or dragging on the grid picks a start; the duration stays the draft's (snapped to
 * the stage's default until the recruiter changes it), so one drag gives one whole interview.
 */
export function WeekCalendar(props: WeekCalendarProps) {
  const calendarRef = useRef<FullCalendar>(null);
  /** The first day shown (`YYYY-MM-DD` in the recruiter's zone), for the candidate's times per slot. */
  const [firstDay, setFirstDay] = useState('');
  const { date, selection, selectionTitle, busy, candidateTimeZone, language } = props;

  useEffect(() => {
    const calendar = calendarRef.current?.getApi();
    if (calendar && date) calendar.gotoDate(date);
  }, [date]);

  // The view follows the width while the dialog is open (a window resized or a phone turned), not only
  // the width it was opened at.
  useEffect(() => {
    const narrow = window.matchMedia(narrowScreen);
    const follow = () => calendarRef.current?.getApi().changeView(viewFor(narrow.matches));
    narrow.addEventListener('change', follow);
    return () => narrow.removeEventListener('change', follow);
  }, []);

  const events: EventInput[] = busy.map((block) => ({
    id: block.id,
    start: block.start,
    end: block.end,
    title: block.title,
    display: 'background',
    classNames: ['schedule-busy'],
  }));
  if (selection) {
    events.push({
      id: 'selection',
      start: selection.start,
      end: selection.end,
      title: selectionTitle,
      editable: true,
      classNames: ['schedule-selection'],
    });
  }

  const candidateClock = new Intl.DateTimeFormat(language, {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: candidateTimeZone,
  });
  const slotLabel = (slot: SlotLabelContentArg) => {
    const instant = firstDay ? instantOfSlot(slot, firstDay, props.timeZone) : null;
    return (
      <span className="schedule-slot-label">
        <span>{slot.text}</span>
        {instant !== null && (
          <span className="schedule-slot-candidate">{candidateClock.format(instant)}</span>
        )}
      </span>
    );
  };

  return (
    <div className="schedule-calendar">
      <FullCalendar
        ref={calendarRef}
        plugins={plugins}
        locales={locales}
        locale={language}
        {...(language.split('-')[0] === 'ja'
          ? { slotLabelFormat: japaneseClock, eventTimeFormat: japaneseClock }
          : {})}
        timeZone={props.timeZone}
        initialView={viewFor(window.matchMedia(narrowScreen).matches)}
        views={{ timeGridThreeDays: { type: 'timeGrid', duration: { days: 3 } } }}
        {...(date ? { initialDate: date } : {})}
        headerToolbar={{ left: 'prev,next today', center: 'title', right: '' }}
        allDaySlot={false}
        nowIndicator
        height={560}
        scrollTime="08:00:00"
        slotDuration="00:30:00"
        snapDuration="00:15:00"
        slotLabelContent={slotLabel}
        selectable
        selectMinDistance={0}
        unselectAuto
        events={events}
        eventDurationEditable
        select={(picked) => {
          picked.view.calendar.unselect();
          props.onPick(picked.startStr);
        }}
        eventDrop={(moved) => {
          if (moved.event.startStr) props.onPick(moved.event.startStr);
        }}
        eventResize={(resized) => {
          const minutes = minutesBetween(resized.event.start, resized.event.end);
          if (minutes) props.onResize(minutes);
        }}
        datesSet={(week: DatesSetArg) => {
          setFirstDay(week.startStr.slice(0, 10));
          props.onWeekChange({ start: toUtc(week.startStr), end: toUtc(week.endStr) });
        }}
      />
    </div>
  );
}
