import type {
  InterviewMessageKind,
  InterviewMessageRole,
  Language,
  MessageTemplateKind,
  MessageTemplatePreview,
  PreviewMessageTemplateInput,
} from '@parley/api-contract';
import type { Actor } from '../../actor.ts';
import type { InterviewSnapshot } from '../invitations/interview-snapshot.ts';
import type { InterviewChange } from '../invitations/plan-interview-messages.ts';
import { renderInterviewMessage } from '../invitations/render-interview-message.ts';
import { assertMessageTemplateValid } from './check-message-template-input.ts';

/** Who reads a kind of message and what it announces, as the preview shows it. */
const previewed: Record<
  MessageTemplateKind,
  { role: InterviewMessageRole; kind: InterviewMessageKind; removed: boolean }
> = {
  candidate_invitation: { role: 'candidate', kind: 'invitation', removed: false },
  candidate_update: { role: 'candidate', kind: 'update', removed: false },
  candidate_cancellation: { role: 'candidate', kind: 'cancellation', removed: false },
  team_invitation: { role: 'interviewer', kind: 'invitation', removed: false },
  team_update: { role: 'interviewer', kind: 'update', removed: false },
  team_cancellation: { role: 'interviewer', kind: 'cancellation', removed: false },
  team_removal: { role: 'interviewer', kind: 'cancellation', removed: true },
  recruiter_invitation: { role: 'recruiter', kind: 'invitation', removed: false },
};

/** Sample people per language, so a German preview reads like a German message. */
const sampleNames: Record<Language, { candidate: string; interviewer: string; recruiter: string }> = {
  en: { candidate: 'Ana Silva', interviewer: 'Sam Carter', recruiter: 'Riley Brooks' },
  de: { candidate: 'Anna Schmidt', interviewer: 'Jonas Becker', recruiter: 'Lena Wagner' },
  ja: { candidate: '山田 花子', interviewer: '佐藤 健', recruiter: '鈴木 美咲' },
};
const sampleZones: Record<Language, string> = {
  en: 'America/New_York',
  de: 'Europe/Berlin',
  ja: 'Asia/Tokyo',
};

/** A made-up interview in the reader's language: a Zoom meeting with passcode and dial-in. */
export function sampleInterviewSnapshot(language: Language, organizationId: string): InterviewSnapshot {
  const names = sampleNames[language];
  const person = (index: number, name: string) => ({
    id: `00000000-0000-4000-8000-00000000000${index}`,
    name,
    email: `sample${index}@example.com`,
    language,
    timeZone: sampleZones[language],
  });
  return {
    interviewId: '00000000-0000-4000-8000-000000000010',
    organizationId,
    organizationName: 'Example Corp',
    version: 2,
    applicationId: '00000000-0000-4000-8000-000000000011',
    jobId: '00000000-0000-4000-8000-000000000012',
    jobTitle: language === 'ja' ? 'バックエンドエンジニア' : 'Backend Engineer',
    startAt: '2026-12-03T13:00:00.000Z',
    endAt: '2026-12-03T13:45:00.000Z',
    durationMinutes: 45,
    location: { kind: 'zoom', roomName: null, details: '' },
    meeting: {
      zoomMeetingId: 85212345678,
      joinUrl: 'https://zoom.us/j/85212345678?pwd=sample',
      sealedPasscode: null,
      sealedPhonePasscode: null,
      dialInNumbers: [
        { country: 'US', city: 'New York', number: '+1 646 558 8656' },
        { country: 'DE', city: 'Frankfurt', number: '+49 69 3807 9883' },
        { country: 'JP', city: 'Tokyo', number: '+81 3 4578 1488' },
      ],
    },
    candidate: person(1, names.candidate),
    interviewers: [person(2, names.interviewer)],
    recruiter: { ...person(3, names.recruiter), wantsInvitations: true },
    starterUserIds: [],
    cancelReason:
      language === 'ja' ? '面接官の都合' : language === 'de' ? 'Terminkonflikt' : 'Scheduling conflict',
  };
}

/**
 * A template as typed, rendered with sample data by the same code that renders real messages (so the
 * preview's HTML and text are what people will get), after the same check a save makes.
 */
export async function previewMessageTemplate(
  actor: Actor,
  { kind, language, subject, body }: PreviewMessageTemplateInput,
  publicUrl: string,
): Promise<MessageTemplatePreview> {
  assertMessageTemplateValid(kind, { subject, body }, actor.language);
  const snapshot = sampleInterviewSnapshot(language, actor.organizationId);
  const shown = previewed[kind];
  const reader =
    shown.role === 'candidate'
      ? snapshot.candidate
      : shown.role === 'recruiter'
        ? snapshot.recruiter
        : snapshot.interviewers[0]!;
  const changes: InterviewChange[] = shown.kind === 'update' ? ['time'] : [];
  const message = await renderInterviewMessage({
    snapshot,
    recipient: { key: `preview:${reader.id}`, role: shown.role, reader },
    kind: shown.kind,
    changes,
    removed: shown.removed,
    previousStartAt: shown.kind === 'update' ? '2026-12-02T13:00:00.000Z' : null,
    passcode: 'Ab3xYz',
    phonePasscode: '493817',
    publicUrl,
    now: new Date(),
    template: { subject, body },
  });
  return { subject: message.subject, html: message.html, text: message.text };
}
