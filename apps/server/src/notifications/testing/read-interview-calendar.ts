import ICAL from 'ical.js';
import { expect } from 'vitest';

/** What a calendar client takes from an interview's calendar file. */
export interface ReadCalendarEvent {
  method: string;
  uid: string;
  sequence: number;
  status: string;
  start: Date;
  end: Date;
  stamp: Date;
  summary: string;
  description: string;
  location: string;
  organizer: string;
  attendees: string[];
  /** The DTSTART line as written, to see it is in UTC. */
  startLine: string;
}

/**
 * Parses a calendar file with ical.js, as a calendar client would, and checks the rules clients rely on
 * to update one event instead of adding a second (RFC 5545 and iTIP, RFC 5546): one VCALENDAR with
 * VERSION 2.0, PRODID and a METHOD; one VEVENT with UID, DTSTAMP, SEQUENCE, DTSTART before DTEND, an
 * ORGANIZER (required by iTIP for REQUEST and CANCEL), ATTENDEEs, and STATUS:CANCELLED on a CANCEL;
 * lines of at most 75 octets, CRLF line ends.
 */
export function readInterviewCalendar(ics: string): ReadCalendarEvent {
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  const calendar = new ICAL.Component(ICAL.parse(ics) as unknown as unknown[]);
  expect(calendar.name).toBe('vcalendar');
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(calendar.getFirstPropertyValue('prodid')).toBeTruthy();
  const method = String(calendar.getFirstPropertyValue('method'));
  expect(['REQUEST', 'CANCEL']).toContain(method);
  const events = calendar.getAllSubcomponents('vevent');
  expect(events).toHaveLength(1);
  const vevent = events[0] as ICAL.Component;
  const event = new ICAL.Event(vevent);
  const stamp = vevent.getFirstPropertyValue('dtstamp') as ICAL.Time | null;
  expect(stamp).toBeTruthy();
  // The scheme is case-insensitive (RFC 3986); clients write either.
  const mailto = (value: unknown) => String(value ?? '').replace(/^mailto:/i, 'mailto:');
  const organizer = mailto(vevent.getFirstPropertyValue('organizer'));
  expect(organizer).toMatch(/^mailto:/i);
  const attendees = vevent.getAllProperties('attendee').map((property) => mailto(property.getFirstValue()));
  expect(attendees.length).toBeGreaterThan(0);
  const status = String(vevent.getFirstPropertyValue('status') ?? '');
  if (method === 'CANCEL') expect(status).toBe('CANCELLED');
  expect(event.startDate.compare(event.endDate)).toBeLessThan(0);
  const startLine = ics.split('\r\n').find((line) => line.startsWith('DTSTART')) ?? '';
  return {
    method,
    uid: event.uid,
    sequence: event.sequence,
    status,
    start: event.startDate.toJSDate(),
    end: event.endDate.toJSDate(),
    stamp: (stamp as ICAL.Time).toJSDate(),
    summary: event.summary,
    description: event.description,
    location: event.location,
    organizer,
    attendees,
    startLine,
  };
}
