import ical, {
  ICalAttendeeRole,
  ICalAttendeeStatus,
  ICalCalendarMethod,
  ICalEventStatus,
} from 'ical-generator';

/** A person in the calendar event. */
export interface CalendarPerson {
  name: string;
  email: string;
}

/** What the calendar event says; the words are already in the reader's language. */
export interface InterviewCalendarInput {
  interviewId: string;
  /** The interview version: the event's SEQUENCE, so every change outranks the one before. */
  version: number;
  method: 'REQUEST' | 'CANCEL';
  startAt: Date;
  endAt: Date;
  summary: string;
  description: string;
  /** The join link for a Zoom meeting, else the room or place. */
  location: string;
  url: string | null;
  organizer: CalendarPerson;
  attendees: CalendarPerson[];
  /** When this version was announced (DTSTAMP). */
  stamp: Date;
}

/** The domain Parley's calendar UIDs end in; only its being the same every time matters. */
const uidDomain = 'parley.invalid';

/** The event's UID: one per interview, so every update and the cancellation replace the same event. */
export function interviewEventUid(interviewId: string): string {
  return `interview-${interviewId}@${uidDomain}`;
}

/**
 * The iCalendar file of one interview version (RFC 5545, iTIP methods per RFC 5546): `REQUEST` to
 * invite and to update, `CANCEL` with the same UID and a higher SEQUENCE to take the event off. Dates are
 * written in UTC (`…Z`): correct in every zone and across DST with no VTIMEZONE to get wrong — with a
 * `timezone`, ical-generator 10 writes the wall time of the machine, not of the zone.
 */
export function renderInterviewCalendar(input: InterviewCalendarInput): string {
  const cancel = input.method === 'CANCEL';
  const calendar = ical({
    prodId: { company: 'Parley', product: 'Interviews', language: 'EN' },
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
  });
  calendar.createEvent({
    id: interviewEventUid(input.interviewId),
    sequence: input.version,
    stamp: input.stamp,
    start: input.startAt,
    end: input.endAt,
    summary: input.summary,
    description: input.description,
    location: input.location,
    url: input.url,
    status: cancel ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: input.organizer.name, email: input.organizer.email },
    attendees: input.attendees.map((attendee) => ({
      name: attendee.name,
      email: attendee.email,
      role: ICalAttendeeRole.REQ,
      status: ICalAttendeeStatus.NEEDSACTION,
      rsvp: !cancel,
    })),
  });
  return calendar.toString();
}
