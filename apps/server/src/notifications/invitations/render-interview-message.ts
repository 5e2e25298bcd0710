import {
  fillMessageTemplate,
  type InterviewMessageKind,
  type MessageTemplateVariable,
} from '@parley/api-contract';
import { type serverMessages, translate } from '../../i18n/translate.ts';
import { renderInterviewCalendar } from '../calendar/render-interview-calendar.ts';
import { type EmailContent, type EmailDetail, renderEmail } from '../email-layout/render-email.ts';
import { formatInterviewTime } from './format-interview-time.ts';
import type { InterviewSnapshot } from './interview-snapshot.ts';
import {
  defaultMessageTemplate,
  type MessageTemplateText,
  messageTemplateKindOf,
} from './message-template-defaults.ts';
import { oneTapDialIn } from './one-tap-dial-in.ts';
import type { InterviewChange, MessageRecipient } from './plan-interview-messages.ts';

/** One message to render: what it announces, to whom, and the facts it needs beyond the snapshot. */
export interface InterviewMessageInput {
  snapshot: InterviewSnapshot;
  recipient: MessageRecipient;
  kind: InterviewMessageKind;
  changes: readonly InterviewChange[];
  removed: boolean;
  /** The start the reader was told before (for "was …" in an update). */
  previousStartAt: string | null;
  /** The meeting passcode, opened from the snapshot's sealed one by the caller. */
  passcode: string | null;
  /** The numeric phone passcode, opened likewise, for the one-tap dial-in line. */
  phonePasscode: string | null;
  /** Parley's address, for links to the interview and the application. */
  publicUrl: string;
  /** When the message is rendered (the calendar's DTSTAMP). */
  now: Date;
  /** The organization's own template for this message, or null for Parley's default. */
  template: MessageTemplateText | null;
}

/** A rendered message: subject, HTML and text parts, and its calendar file. */
export interface RenderedInterviewMessage {
  subject: string;
  html: string;
  text: string;
  calendar: { method: 'REQUEST' | 'CANCEL'; content: string };
}

type Words = ReturnType<typeof wordsFor>;
type ServerMessages = (typeof serverMessages)['en'];

/** The reader's language, with the values every text of the message may use. */
function wordsFor(input: InterviewMessageInput) {
  const { snapshot, recipient } = input;
  const { language, timeZone } = recipient.reader;
  const values = {
    name: recipient.reader.name,
    job: snapshot.jobTitle,
    organization: snapshot.organizationName,
    candidate: snapshot.candidate.name,
    start: formatInterviewTime(snapshot.startAt, language, timeZone),
  };
  return {
    language,
    timeZone,
    values,
    t: (key: Parameters<typeof translate>[1], extra: Record<string, unknown> = {}) =>
      translate(language, key, { ...values, ...extra }),
  };
}

function placeOf(snapshot: InterviewSnapshot, words: Words): string {
  const { kind, roomName, details } = snapshot.location;
  const place = words.t(`interviewMessages.locations.${kind}`, { room: roomName ?? '', details });
  return kind === 'zoom_room' && details ? `${place} (${details})` : place;
}

/** The value of every template variable for this reader; empty where the interview has none. */
function templateValuesOf(
  input: InterviewMessageInput,
  words: Words,
): Record<MessageTemplateVariable, string> {
  const { snapshot, recipient } = input;
  const { meeting } = snapshot;
  const team = recipient.role !== 'candidate';
  const previous = input.previousStartAt
    ? formatInterviewTime(input.previousStartAt, words.language, words.timeZone)
    : '';
  return {
    recipient_name: recipient.reader.name,
    candidate_name: snapshot.candidate.name,
    organization: snapshot.organizationName,
    job: snapshot.jobTitle,
    start: words.values.start,
    time_zone: words.timeZone,
    duration: words.t('interviewMessages.duration', { count: snapshot.durationMinutes }),
    location: placeOf(snapshot, words),
    interviewers: snapshot.interviewers.map((person) => person.name).join(', '),
    join_url: meeting?.joinUrl ?? '',
    meeting_id: meeting ? formatMeetingId(meeting.zoomMeetingId) : '',
    passcode: meeting ? (input.passcode ?? '') : '',
    dial_in: dialInOf(input)?.dial ?? '',
    application_url: team
      ? `${input.publicUrl}/jobs/${snapshot.jobId}?application=${snapshot.applicationId}`
      : '',
    interview_url: team ? `${input.publicUrl}/interviews/${snapshot.interviewId}` : '',
    changes: input.changes
      .map((change) => words.t(`interviewMessages.changes.${change}`, { previous }))
      .join('\n'),
    previous_start: previous,
    reason: input.kind === 'cancellation' ? input.snapshot.cancelReason.trim() : '',
  };
}

/**
 * The subject and paragraphs from the organization's template or Parley's default: variables filled in,
 * lines whose variables are all empty left out, a blank line between paragraphs.
 */
function writtenFromTemplate(input: InterviewMessageInput, words: Words) {
  const template =
    input.template ??
    defaultMessageTemplate(
      messageTemplateKindOf(input.recipient.role, input.kind, input.removed),
      words.language,
    );
  const values = templateValuesOf(input, words);
  const paragraphs = fillMessageTemplate(template.body, values)
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  const subject = fillMessageTemplate(template.subject, values).replace(/\s+/g, ' ').trim();
  return { subject, paragraphs };
}

/** The facts table: when, how long, what, who, where, and how to join. */
function detailsOf(input: InterviewMessageInput, words: Words): EmailDetail[] {
  const { snapshot, recipient } = input;
  const label = (key: keyof ServerMessages['interviewMessages']['labels']) =>
    words.t(`interviewMessages.labels.${key}`);
  const details: EmailDetail[] = [
    { label: label('when'), value: words.values.start },
    { label: label('timeZone'), value: words.timeZone },
    {
      label: label('duration'),
      value: words.t('interviewMessages.duration', { count: snapshot.durationMinutes }),
    },
    { label: label('job'), value: snapshot.jobTitle },
  ];
  if (recipient.role === 'candidate') {
    const names = snapshot.interviewers.map((person) => person.name).join(', ');
    if (names) details.push({ label: label('interviewers'), value: names });
  } else {
    details.push({ label: label('candidate'), value: snapshot.candidate.name });
  }
  details.push({ label: label('where'), value: placeOf(snapshot, words) });
  const { meeting } = snapshot;
  if (meeting && input.kind !== 'cancellation') {
    details.push({ label: label('joinLink'), value: meeting.joinUrl, href: meeting.joinUrl });
    details.push({ label: label('meetingId'), value: formatMeetingId(meeting.zoomMeetingId) });
    if (input.passcode) details.push({ label: label('passcode'), value: input.passcode });
    const dialIn = dialInOf(input);
    if (dialIn) {
      const value = dialIn.city ? `${dialIn.dial} (${dialIn.city})` : dialIn.dial;
      details.push({ label: label('dialIn'), value, href: `tel:${dialIn.dial}` });
    }
  }
  return details;
}

/** The reader's one-tap dial-in line, where Zoom gave the meeting dial-in numbers. */
function dialInOf(input: InterviewMessageInput) {
  const { meeting } = input.snapshot;
  if (!meeting) return null;
  const language = input.recipient.reader.language;
  return oneTapDialIn(meeting.dialInNumbers, language, meeting.zoomMeetingId, input.phonePasscode);
}

/** Zoom writes meeting ids in groups (`852 1234 5678`), as people read them out on the phone. */
export function formatMeetingId(id: number): string {
  const digits = String(id);
  const head = digits.length > 10 ? digits.length - 8 : 3;
  return [digits.slice(0, head), digits.slice(head, head + 4), digits.slice(head + 4)]
    .filter(Boolean)
    .join(' ');
}

function actionsOf(input: InterviewMessageInput, words: Words): EmailContent['actions'] {
  if (input.kind === 'cancellation') return [];
  const { snapshot, recipient } = input;
  const actions: EmailContent['actions'] = [];
  if (snapshot.meeting)
    actions.push({ label: words.t('interviewMessages.actions.join'), url: snapshot.meeting.joinUrl });
  if (recipient.role === 'candidate') return actions;
  const interviewUrl = `${input.publicUrl}/interviews/${snapshot.interviewId}`;
  // The host's own link is fetched from Zoom when they click, through Parley: it expires, and it must
  // never travel in a message.
  const starts = snapshot.meeting !== null && snapshot.starterUserIds.includes(recipient.reader.id);
  const interviewAction = starts ? 'interviewMessages.actions.start' : 'interviewMessages.actions.interview';
  actions.push({ label: words.t(interviewAction), url: interviewUrl });
  actions.push({
    label: words.t('interviewMessages.actions.application'),
    url: `${input.publicUrl}/jobs/${snapshot.jobId}?application=${snapshot.applicationId}`,
  });
  return actions;
}

function calendarOf(input: InterviewMessageInput, words: Words, content: EmailContent) {
  const { snapshot, recipient } = input;
  const method = input.kind === 'cancellation' ? 'CANCEL' : 'REQUEST';
  const summaryKey =
    recipient.role === 'candidate'
      ? 'interviewMessages.calendar.candidateSummary'
      : 'interviewMessages.calendar.teamSummary';
  const people = [snapshot.candidate, ...snapshot.interviewers];
  const description = [
    ...content.details.map((detail) => `${detail.label}: ${detail.value}`),
    ...content.actions.map((action) => `${action.label}: ${action.url}`),
  ].join('\n');
  return {
    method,
    content: renderInterviewCalendar({
      interviewId: snapshot.interviewId,
      version: snapshot.version,
      method,
      startAt: new Date(snapshot.startAt),
      endAt: new Date(snapshot.endAt),
      summary: words.t(summaryKey),
      description,
      location: snapshot.meeting?.joinUrl ?? placeOf(snapshot, words),
      url: snapshot.meeting?.joinUrl ?? null,
      organizer: snapshot.recruiter,
      // A cancellation for someone taken off goes to them alone; the event stays for the others.
      attendees: input.removed ? [recipient.reader] : people,
      stamp: input.now,
    }),
  } as const;
}

/**
 * An interview message for one reader, in their language with times in their zone: the HTML and text
 * parts from one content, and the calendar file that adds, updates or removes the event.
 */
export async function renderInterviewMessage(
  input: InterviewMessageInput,
): Promise<RenderedInterviewMessage> {
  const words = wordsFor(input);
  const { subject, paragraphs } = writtenFromTemplate(input, words);
  const content: EmailContent = {
    language: words.language,
    // The sentence after the greeting says what the message is about: what the inbox shows after the subject.
    preheader: paragraphs[1] ?? paragraphs[0] ?? subject,
    heading: words.t(`interviewMessages.headings.${input.kind}`),
    paragraphs,
    details: detailsOf(input, words),
    actions: actionsOf(input, words),
    footer: words.t(
      input.kind === 'cancellation' ? 'interviewMessages.footer.cancel' : 'interviewMessages.footer.request',
    ),
  };
  const { html, text } = await renderEmail(content);
  return {
    subject,
    html,
    text,
    calendar: calendarOf(input, words, content),
  };
}
