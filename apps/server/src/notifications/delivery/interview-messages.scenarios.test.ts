import { describe, expect, it } from 'vitest';
import { announceInterviewVersion } from '../../interviews/meetings/announce-interview-version.ts';
import {
  changeAsRecruiter,
  interviewWhen,
  kimAndLee,
} from '../../interviews/testing/interview-test-world.ts';
import { eventually } from '../../test/create-test-app.ts';
import {
  caughtMail,
  scheduleConfirmed,
  settledMessages,
  useInterviewMessageWorld,
} from '../testing/interview-message-world.ts';
import { readInterviewCalendar } from '../testing/read-interview-calendar.ts';

const world = useInterviewMessageWorld({}, kimAndLee());

const interviewer = 'interviewer@interview-acme.test';
const recruiter = 'recruiter@interview-acme.test';

const change = (url: string, payload: Record<string, unknown>, method?: 'POST' | 'PATCH') =>
  changeAsRecruiter(world, url, payload, method);

/** The calendar event of each message the address got, as a calendar client reads it. */
async function calendarOf(email: string) {
  const mail = await caughtMail(world, email);
  return mail.map((message) => {
    expect(message.calendar).toBeTruthy();
    return {
      subject: message.subject,
      text: message.text,
      event: readInterviewCalendar(message.calendar as string),
    };
  });
}

describe('invitations, updates and cancellation of one interview, through the real SMTP exchange', () => {
  let interview: { id: string; meeting: { joinUrl: string; zoomMeetingId: string } };
  let candidate: string;

  it('invites candidate, interviewer and recruiter once the meeting is live, each in their language and zone', async () => {
    // Sunday 28 March 2027: Europe moves to summer time that night, New York already did (14 March).
    interview = await scheduleConfirmed(world, {
      startAt: '2027-03-28T10:00',
      timeZone: 'Europe/Berlin',
      hostLabel: 'Kim',
      candidateName: 'Hanako Yamada',
    });
    const rows = await settledMessages(world, interview.id, 3);
    expect(rows.map((row) => [row.role, row.kind, row.state])).toEqual([
      ['candidate', 'invitation', 'delivered'],
      ['interviewer', 'invitation', 'delivered'],
      ['recruiter', 'invitation', 'delivered'],
    ]);
    candidate = rows[0]!.recipientEmail;
    const [toCandidate] = await caughtMail(world, candidate);
    expect(toCandidate?.subject).toBe('面接のご案内: Backend Engineer、2027年3月28日(日) 17:00 JST');
    expect(toCandidate?.text).toContain(interview.meeting.joinUrl);
    // Zoom lists the account's dial-in numbers: the one-tap line carries the numeric phone passcode.
    expect(toCandidate?.text).toMatch(/\+1\d{10},,\d{11}#,,,,\*\d{6}# \(New York\)/);
    expect(toCandidate?.text).toMatch(/面接官 +interviewer of Interview Acme/);
    expect(toCandidate?.html).toContain('<html lang="ja"');
    const [toInterviewer] = await caughtMail(world, interviewer);
    expect(toInterviewer?.subject).toBe(
      'Vorstellungsgespräch: Backend Engineer, So., 28. März 2027, 10:00 MESZ',
    );
    expect(toInterviewer?.text).toContain('Hanako Yamada');
    const [toRecruiter] = await caughtMail(world, recruiter);
    expect(toRecruiter?.subject).toBe('Interview: Backend Engineer, Sun, Mar 28, 2027, 4:00 AM EDT');
    const interviewPage = `${world.parley.config.publicUrl}/interviews/${interview.id}`;
    expect(toRecruiter?.text).toContain(`Start the meeting (host):\n${interviewPage}`);
    const [event] = (await calendarOf(candidate)).map((entry) => entry.event);
    expect(event).toMatchObject({ method: 'REQUEST', sequence: 1, location: interview.meeting.joinUrl });
    expect(event?.start.toISOString()).toBe('2027-03-28T08:00:00.000Z');
  });

  it('sends nothing again when the same version is announced a second time', async () => {
    await world.parley.database.transaction((tx) =>
      announceInterviewVersion(
        tx,
        { interviewId: interview.id, organizationId: world.organizationId, version: 1, kind: 'confirmed' },
        world.parley.services,
        world.parley.services.logger,
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await caughtMail(world, candidate)).toHaveLength(1);
    await settledMessages(world, interview.id, 3);
  });

  it('updates the same calendar event on a reschedule, saying the new time beside the old', async () => {
    const moved = await change(
      `/api/interviews/${interview.id}`,
      { version: 1, startAt: '2027-03-29T11:00' },
      'PATCH',
    );
    expect(moved.statusCode).toBe(200);
    await interviewWhen(world, interview.id, 'confirmed');
    await settledMessages(world, interview.id, 6);
    const [, update] = await calendarOf(interviewer);
    expect(update?.subject).toBe(
      'Geändert: Vorstellungsgespräch Backend Engineer, Mo., 29. März 2027, 11:00 MESZ',
    );
    expect(update?.text).toContain(
      'Neuer Termin: Mo., 29. März 2027, 11:00 MESZ (bisher So., 28. März 2027, 10:00 MESZ).',
    );
    expect(update?.event).toMatchObject({ method: 'REQUEST', sequence: 2 });
  });

  it('offers the same event as Add to calendar to the people who can see the interview', async () => {
    const url = `/api/interviews/${interview.id}/calendar.ics`;
    const response = await world.parley.request({ method: 'GET', url, as: world.interviewer });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/calendar/);
    const event = readInterviewCalendar(response.body);
    const [invitation] = await calendarOf(interviewer);
    expect(event).toMatchObject({ method: 'REQUEST', sequence: 2, uid: invitation?.event.uid });
    expect(event.start.toISOString()).toBe('2027-03-29T09:00:00.000Z');
    expect(event.summary).toBe('Vorstellungsgespräch: Hanako Yamada (Backend Engineer)');
    const outsider = await world.parley.request({ method: 'GET', url, as: world.otherInterviewer });
    expect(outsider.statusCode).toBe(404);
  });

  it('tells everyone the link changed when the host changes, with the new link', async () => {
    const lee = (
      await world.parley.request({ method: 'GET', url: '/api/zoom/host-candidates', as: world.recruiter })
    )
      .json()
      .hosts.find((host: { label: string }) => host.label === 'Lee');
    const changed = await change(`/api/interviews/${interview.id}/host`, {
      version: 2,
      host: { kind: 'host_candidate', hostCandidateId: lee.id },
    });
    expect(changed.statusCode).toBe(200);
    const confirmed = await eventually(async () => {
      const now = await interviewWhen(world, interview.id, 'confirmed');
      return now.meeting?.joinUrl !== interview.meeting.joinUrl ? now : undefined;
    });
    await settledMessages(world, interview.id, 9);
    const [, , update] = await calendarOf(candidate);
    expect(update?.text).toContain('ミーティングのリンクが変わりました');
    expect(update?.text).toContain(confirmed.meeting.joinUrl);
    expect(update?.event).toMatchObject({
      method: 'REQUEST',
      sequence: 3,
      location: confirmed.meeting.joinUrl,
    });
  });

  it('cancels the same event with the reason the recruiter shared; the UID never changed', async () => {
    const cancelled = await change(`/api/interviews/${interview.id}/cancel`, {
      version: 3,
      reason: 'The position has been filled.',
    });
    expect(cancelled.statusCode).toBe(200);
    await settledMessages(world, interview.id, 12);
    const events = await calendarOf(recruiter);
    expect(events.map((entry) => [entry.event.method, entry.event.sequence])).toEqual([
      ['REQUEST', 1],
      ['REQUEST', 2],
      ['REQUEST', 3],
      ['CANCEL', 4],
    ]);
    expect(new Set(events.map((entry) => entry.event.uid)).size).toBe(1);
    expect(events[3]?.text).toContain('Reason: The position has been filled.');
    expect(events[3]?.event.status).toBe('CANCELLED');
  });

  it('shows HTML, text and the calendar part in the developer mailbox', async () => {
    const [first] = await caughtMail(world, candidate);
    const response = await world.parley.request({
      method: 'GET',
      url: `/api/dev/mailbox/${first?.id}`,
      as: world.admin,
    });
    expect(response.statusCode).toBe(200);
    const message = response.json();
    expect(message.html).toContain(interview.meeting.joinUrl.replace(/&/g, '&#38;'));
    expect(message.text).toContain(interview.meeting.joinUrl);
    expect(readInterviewCalendar(message.calendar)).toMatchObject({ method: 'REQUEST', sequence: 1 });
  });
});
