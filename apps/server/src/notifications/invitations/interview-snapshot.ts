import { interviewLocationKinds, languages } from '@parley/api-contract';
import { z } from 'zod';

const person = z.object({ name: z.string(), email: z.string() });
/** Someone a message can go to: they read it in their language and see times in their zone. */
const reader = person.extend({ id: z.uuid(), language: z.enum(languages), timeZone: z.string() });

/**
 * What the people on an interview are told about one version of it, as the interviews domain hands it
 * over in the transaction that confirms or cancels that version. Kept with every message, so a retried
 * send says exactly what the first try said, and the next version's update can name what changed. The
 * passcode stays sealed; the host's start link is not part of it (it is never stored).
 */
export const interviewSnapshotSchema = z.object({
  interviewId: z.uuid(),
  organizationId: z.uuid(),
  organizationName: z.string(),
  version: z.number().int().positive(),
  applicationId: z.uuid(),
  jobId: z.uuid(),
  jobTitle: z.string(),
  startAt: z.iso.datetime(),
  endAt: z.iso.datetime(),
  durationMinutes: z.number().int().positive(),
  location: z.object({
    kind: z.enum(interviewLocationKinds),
    roomName: z.string().nullable(),
    details: z.string(),
  }),
  meeting: z
    .object({
      zoomMeetingId: z.number(),
      joinUrl: z.string(),
      sealedPasscode: z.string().nullable(),
      /** The numeric passcode for joining by phone, sealed (the one-tap line is composed at send time). */
      sealedPhonePasscode: z.string().nullable().default(null),
      /** Zoom's dial-in numbers for the meeting; none when its audio is computer only. */
      dialInNumbers: z
        .array(z.object({ country: z.string(), city: z.string(), number: z.string() }))
        .default([]),
    })
    .nullable(),
  candidate: reader,
  interviewers: z.array(reader),
  /** The recruiter who scheduled it: the calendar event's organizer. */
  recruiter: reader.extend({ wantsInvitations: z.boolean() }),
  /** Parley users who may start the meeting (the scheduling recruiter, the host's own user). */
  starterUserIds: z.array(z.uuid()),
  cancelReason: z.string(),
});

export type InterviewSnapshot = z.infer<typeof interviewSnapshotSchema>;
export type MessageReader = InterviewSnapshot['candidate'];
