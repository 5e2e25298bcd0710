import type { InterviewMessageKind, InterviewMessageRole } from '@parley/api-contract';
import type { InterviewSnapshot, MessageReader } from './interview-snapshot.ts';

/** What an update tells its reader changed since the message they got before. */
export const interviewChanges = ['time', 'link', 'location', 'interviewers'] as const;
export type InterviewChange = (typeof interviewChanges)[number];

/** A person on the interview, keyed the same way across versions (`candidate:<id>`, `user:<id>`). */
export interface MessageRecipient {
  key: string;
  role: InterviewMessageRole;
  reader: MessageReader;
}

/** The last message a person got about the interview, with what it told them. */
export interface PreviousMessage {
  recipient: MessageRecipient;
  kind: InterviewMessageKind;
  snapshot: InterviewSnapshot;
}

/** One message to send for a version: who gets which kind, and (for an update) what changed. */
export interface PlannedMessage {
  recipient: MessageRecipient;
  kind: InterviewMessageKind;
  changes: InterviewChange[];
  /** A cancellation because the person was taken off an interview that still takes place. */
  removed: boolean;
}

/**
 * Who hears about the interview: the candidate, every interviewer, and the scheduling recruiter when
 * their profile asks for it (once, if they interview too).
 */
export function recipientsOf(snapshot: InterviewSnapshot): MessageRecipient[] {
  const recipients: MessageRecipient[] = [
    { key: `candidate:${snapshot.candidate.id}`, role: 'candidate', reader: snapshot.candidate },
    ...snapshot.interviewers.map((reader) => ({
      key: `user:${reader.id}`,
      role: 'interviewer' as const,
      reader,
    })),
  ];
  const { recruiter } = snapshot;
  const interviews = snapshot.interviewers.some((interviewer) => interviewer.id === recruiter.id);
  if (recruiter.wantsInvitations && !interviews) {
    const { wantsInvitations: _, ...reader } = recruiter;
    recipients.push({ key: `user:${recruiter.id}`, role: 'recruiter', reader });
  }
  return recipients;
}

/** What differs between the version a person was last told about and this one. */
export function changesBetween(before: InterviewSnapshot, after: InterviewSnapshot): InterviewChange[] {
  const changes: InterviewChange[] = [];
  if (before.startAt !== after.startAt || before.endAt !== after.endAt) changes.push('time');
  if (before.meeting?.joinUrl !== after.meeting?.joinUrl) changes.push('link');
  const place = (snapshot: InterviewSnapshot) =>
    [snapshot.location.kind, snapshot.location.roomName ?? '', snapshot.location.details].join('\n');
  if (place(before) !== place(after)) changes.push('location');
  const names = (snapshot: InterviewSnapshot) =>
    snapshot.interviewers.map((person) => person.name).join('\n');
  if (names(before) !== names(after)) changes.push('interviewers');
  return changes;
}

/**
 * The messages a version calls for, given what each person was last sent. A confirmed version invites
 * whoever has not been invited (or was cancelled), updates whoever was invited when something they see
 * changed, and cancels for whoever is no longer on it; a cancelled version cancels for everyone still
 * invited. Nobody invited yet means nothing to cancel: no message goes out before the first invitation.
 */
export function planInterviewMessages(
  snapshot: InterviewSnapshot,
  announcement: 'confirmed' | 'cancelled',
  previous: readonly PreviousMessage[],
): PlannedMessage[] {
  const invited = previous.filter((message) => message.kind !== 'cancellation');
  const cancelAll = (removed: boolean, keep: ReadonlySet<string>) =>
    invited
      .filter((message) => !keep.has(message.recipient.key))
      .map((message) => ({
        recipient: message.recipient,
        kind: 'cancellation' as const,
        changes: [],
        removed,
      }));
  if (announcement === 'cancelled') return cancelAll(false, new Set());
  const current = recipientsOf(snapshot);
  const planned: PlannedMessage[] = [];
  for (const recipient of current) {
    const before = invited.find((message) => message.recipient.key === recipient.key);
    if (!before) {
      planned.push({ recipient, kind: 'invitation', changes: [], removed: false });
      continue;
    }
    const changes = changesBetween(before.snapshot, snapshot);
    if (changes.length > 0) planned.push({ recipient, kind: 'update', changes, removed: false });
  }
  return [...planned, ...cancelAll(true, new Set(current.map((recipient) => recipient.key)))];
}
