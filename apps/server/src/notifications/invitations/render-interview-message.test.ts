import { describe, expect, it } from 'vitest';
import { interviewSnapshotFixture } from '../testing/interview-snapshot-fixture.ts';
import { readInterviewCalendar } from '../testing/read-interview-calendar.ts';
import type { InterviewSnapshot } from './interview-snapshot.ts';
import { type PlannedMessage, planInterviewMessages } from './plan-interview-messages.ts';
import { renderInterviewMessage } from './render-interview-message.ts';

const publicUrl = 'https://parley.example';
const now = new Date('2026-03-20T12:00:00Z');

function render(snapshot: InterviewSnapshot, planned: PlannedMessage, previousStartAt: string | null = null) {
  return renderInterviewMessage({
    snapshot,
    ...planned,
    previousStartAt,
    passcode: 'Ab3xYz',
    phonePasscode: '493817',
    publicUrl,
    now,
    template: null,
  });
}

function byRole(planned: PlannedMessage[], role: string): PlannedMessage {
  const message = planned.find((entry) => entry.recipient.role === role);
  if (!message) throw new Error(`no message for ${role}`);
  return message;
}

describe('interview invitations for a candidate in Tokyo, an interviewer in Berlin and a recruiter in New York', () => {
  const snapshot = interviewSnapshotFixture();
  const planned = planInterviewMessages(snapshot, 'confirmed', []);

  it('invites each of them, in their language, with the time in their zone and the zone named', async () => {
    expect(planned.map((entry) => [entry.recipient.role, entry.kind])).toEqual([
      ['candidate', 'invitation'],
      ['interviewer', 'invitation'],
      ['recruiter', 'invitation'],
    ]);
    const candidate = await render(snapshot, byRole(planned, 'candidate'));
    expect(candidate.subject).toBe('面接のご案内: Backend Engineer、2026年3月29日(日) 17:00 JST');
    expect(candidate.text).toContain('山田 花子 様');
    expect(candidate.text).toContain('Asia/Tokyo');
    expect(candidate.text).toContain('45分');
    const interviewer = await render(snapshot, byRole(planned, 'interviewer'));
    // Berlin moved to summer time at 02:00 that night: 08:00 UTC is 10:00 CEST.
    expect(interviewer.subject).toBe(
      'Vorstellungsgespräch: Backend Engineer, So., 29. März 2026, 10:00 MESZ',
    );
    expect(interviewer.text).toContain('Europe/Berlin');
    const recruiter = await render(snapshot, byRole(planned, 'recruiter'));
    expect(recruiter.subject).toBe('Interview: Backend Engineer, Sun, Mar 29, 2026, 4:00 AM EDT');
    expect(recruiter.html).toContain('<html lang="en"');
    expect(candidate.html).toContain('<html lang="ja"');
  });

  it('gives the candidate the join link, meeting id, passcode and interviewers, and no Parley links', async () => {
    const { text, html } = await render(snapshot, byRole(planned, 'candidate'));
    expect(text).toContain('https://zoom.example/j/85212345678?pwd=abc');
    expect(text).toContain('852 1234 5678');
    expect(text).toContain('Ab3xYz');
    expect(text).toContain('Jonas Becker');
    expect(text).not.toContain(publicUrl);
    expect(html).toContain('href="https://zoom.example/j/85212345678?pwd=abc"');
    expect(html).toContain('prefers-color-scheme: dark');
    // Nothing the candidate's mail client would fetch from a third party on opening (a web font is one).
    expect(html).not.toMatch(/fonts\.googleapis\.com|<link[^>]+stylesheet/i);
  });

  it('gives the team the candidate and a link to the application; the host-side recruiter a Start meeting link', async () => {
    const interviewer = await render(snapshot, byRole(planned, 'interviewer'));
    expect(interviewer.text).toContain('山田 花子');
    expect(interviewer.text).toContain(
      `${publicUrl}/jobs/${snapshot.jobId}?application=${snapshot.applicationId}`,
    );
    expect(interviewer.text).not.toContain('Meeting starten');
    const recruiter = await render(snapshot, byRole(planned, 'recruiter'));
    expect(recruiter.text).toContain(
      `Start the meeting (host):\n${publicUrl}/interviews/${snapshot.interviewId}`,
    );
  });

  it('writes the place of an in-person interview and the one-tap line where Zoom gives one', async () => {
    const inPerson = interviewSnapshotFixture({
      location: { kind: 'in_person', roomName: null, details: 'Hauptstraße 1, Raum 4' },
      meeting: null,
    });
    const message = await render(
      inPerson,
      byRole(planInterviewMessages(inPerson, 'confirmed', []), 'interviewer'),
    );
    expect(message.text).toContain('Vor Ort: Hauptstraße 1, Raum 4');
    expect(readInterviewCalendar(message.calendar.content).location).toBe('Vor Ort: Hauptstraße 1, Raum 4');
    const withPhone = interviewSnapshotFixture({
      meeting: {
        ...(snapshot.meeting as NonNullable<InterviewSnapshot['meeting']>),
        dialInNumbers: [
          { country: 'US', city: 'San Jose', number: '+1 669 900 6833' },
          { country: 'JP', city: 'Tokyo', number: '+81 3 4578 1488' },
        ],
      },
    });
    const planned = planInterviewMessages(withPhone, 'confirmed', []);
    // The candidate reads Japanese: Tokyo's number; the numeric phone passcode, not the meeting's.
    const candidate = await render(withPhone, byRole(planned, 'candidate'));
    expect(candidate.text).toContain('+81345781488,,85212345678#,,,,*493817# (Tokyo)');
    expect(candidate.html).toContain('href="tel:+81345781488,,85212345678#,,,,*493817#"');
    // The interviewer reads German and Zoom lists no German number: Zoom's first.
    const interviewer = await render(withPhone, byRole(planned, 'interviewer'));
    expect(interviewer.text).toContain('+16699006833,,85212345678#,,,,*493817# (San Jose)');
    // The passcode never rests in the stored snapshot: only the numbers do.
    expect(JSON.stringify(withPhone)).not.toContain('493817');
  });

  it('attaches a REQUEST calendar event in UTC with a stable UID, the version as SEQUENCE and the link as location', async () => {
    const candidate = await render(snapshot, byRole(planned, 'candidate'));
    expect(candidate.calendar.method).toBe('REQUEST');
    const event = readInterviewCalendar(candidate.calendar.content);
    expect(event).toMatchObject({
      method: 'REQUEST',
      uid: `interview-${snapshot.interviewId}@parley.invalid`,
      sequence: 2,
      status: 'CONFIRMED',
      location: 'https://zoom.example/j/85212345678?pwd=abc',
      organizer: 'mailto:rita@example.com',
      attendees: ['mailto:hanako@example.jp', 'mailto:jonas@example.de'],
    });
    expect(event.startLine).toBe('DTSTART:20260329T080000Z');
    expect(event.start.toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(event.end.toISOString()).toBe('2026-03-29T08:45:00.000Z');
    expect(event.description).toContain('https://zoom.example/j/85212345678?pwd=abc');
    expect(event.summary).toBe('Acme GmbHの面接: Backend Engineer');
  });
});

describe('updates and cancellations', () => {
  const first = interviewSnapshotFixture();
  const previous = planInterviewMessages(first, 'confirmed', []).map((entry) => ({
    recipient: entry.recipient,
    kind: entry.kind,
    snapshot: first,
  }));

  it('tells what changed: the new time beside the old, and that the link changed after a host change', async () => {
    const moved = interviewSnapshotFixture({
      version: 4,
      startAt: '2026-03-30T07:00:00.000Z',
      endAt: '2026-03-30T07:45:00.000Z',
      meeting: {
        ...(first.meeting as NonNullable<InterviewSnapshot['meeting']>),
        joinUrl: 'https://zoom.example/j/999?pwd=new',
      },
    });
    const planned = planInterviewMessages(moved, 'confirmed', previous);
    expect(planned.map((entry) => [entry.kind, entry.changes])).toEqual([
      ['update', ['time', 'link']],
      ['update', ['time', 'link']],
      ['update', ['time', 'link']],
    ]);
    const interviewer = await render(moved, byRole(planned, 'interviewer'), first.startAt);
    expect(interviewer.text).toContain(
      'Neuer Termin: Mo., 30. März 2026, 09:00 MESZ (bisher So., 29. März 2026, 10:00 MESZ).',
    );
    expect(interviewer.text).toContain('Der Meeting-Link hat sich geändert');
    expect(interviewer.text).toContain('https://zoom.example/j/999?pwd=new');
    const event = readInterviewCalendar(interviewer.calendar.content);
    expect(event).toMatchObject({
      method: 'REQUEST',
      uid: `interview-${first.interviewId}@parley.invalid`,
      sequence: 4,
    });
  });

  it('sends nothing to a person for whom nothing they see changed', () => {
    expect(planInterviewMessages(interviewSnapshotFixture({ version: 3 }), 'confirmed', previous)).toEqual(
      [],
    );
  });

  it('cancels with the reason the recruiter shared, as a CANCEL of the same event', async () => {
    const cancelled = interviewSnapshotFixture({ version: 5, cancelReason: 'The position has been filled.' });
    const planned = planInterviewMessages(cancelled, 'cancelled', previous);
    expect(planned.map((entry) => entry.kind)).toEqual(['cancellation', 'cancellation', 'cancellation']);
    const recruiter = await render(cancelled, byRole(planned, 'recruiter'));
    expect(recruiter.subject).toBe('Cancelled interview: Backend Engineer, Sun, Mar 29, 2026, 4:00 AM EDT');
    expect(recruiter.text).toContain('Reason: The position has been filled.');
    expect(recruiter.text).not.toContain('zoom.example');
    const event = readInterviewCalendar(recruiter.calendar.content);
    expect(event).toMatchObject({
      method: 'CANCEL',
      status: 'CANCELLED',
      sequence: 5,
      uid: `interview-${first.interviewId}@parley.invalid`,
    });
  });

  it('cancels for nobody when nobody was invited yet (the meeting never existed)', () => {
    expect(planInterviewMessages(interviewSnapshotFixture(), 'cancelled', [])).toEqual([]);
  });

  it('cancels for a person taken off and invites a person added; the others hear the interviewers changed', async () => {
    const swapped = interviewSnapshotFixture({
      version: 3,
      interviewers: [
        {
          id: '44444444-4444-4444-8444-444444444444',
          name: 'Aiko Sato',
          email: 'aiko@example.jp',
          language: 'ja',
          timeZone: 'Asia/Tokyo',
        },
      ],
    });
    const planned = planInterviewMessages(swapped, 'confirmed', previous);
    expect(planned.map((entry) => [entry.recipient.reader.email, entry.kind, entry.removed])).toEqual([
      ['hanako@example.jp', 'update', false],
      ['aiko@example.jp', 'invitation', false],
      ['rita@example.com', 'update', false],
      ['jonas@example.de', 'cancellation', true],
    ]);
    const removed = planned[3] as PlannedMessage;
    const message = await render(swapped, removed);
    expect(message.text).toContain('Sie nehmen nicht mehr am Vorstellungsgespräch mit 山田 花子');
    const event = readInterviewCalendar(message.calendar.content);
    expect(event).toMatchObject({ method: 'CANCEL', sequence: 3, attendees: ['mailto:jonas@example.de'] });
  });
});
