import { z } from 'zod';
import { interviewLocationKinds } from '../recruiting/values.ts';
import { text } from '../text.ts';
import { hostChoiceKinds, interviewStates, meetingFailureReasons, meetingStates } from './interview-enums.ts';

const instant = z.iso.datetime({ offset: true }).meta({ description: 'ISO 8601 instant' });
/** A start time: an instant (with `Z` or an offset), or a wall-clock time read in the interview's zone. */
const startTime = z.iso
  .datetime({ offset: true, local: true })
  .meta({ description: 'ISO 8601 instant, or local date-time without offset (read in timeZone)' });
const outInstant = z.iso.datetime().meta({ description: 'ISO 8601 instant (UTC)' });

/** Who should host the meeting (see `hostChoiceKinds`). */
export const hostChoiceSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('automatic') }),
    z.object({ kind: z.literal('host_candidate'), hostCandidateId: z.uuid() }),
    z.object({ kind: z.literal('own_zoom') }),
  ])
  .meta({ id: 'HostChoice' });
export type HostChoice = z.infer<typeof hostChoiceSchema>;

/**
 * The time and place of an interview. `timeZone` is checked by the server (IANA name); `startAt` is any
 * ISO instant and is stored in UTC.
 */
export const interviewSlotFields = {
  startAt: startTime,
  timeZone: text().max(64),
  durationMinutes: z.number().int().min(5).max(1440),
};

/** Where an interview takes place and whether it has a Zoom meeting. */
export const interviewPlaceFields = {
  locationKind: z.enum(interviewLocationKinds),
  /** The Zoom Room (Parley's id of the synced room) for `zoom_room`. */
  zoomRoomId: z.uuid().nullable().default(null),
  /** Address for in person, number for phone; free text. */
  locationDetails: text().trim().max(500).default(''),
  /** Whether a Zoom meeting is created; a `zoom` location always has one. */
  video: z.boolean(),
};

/** `POST /api/interviews`. */
export const scheduleInterviewBodySchema = z.object({
  applicationId: z.uuid(),
  ...interviewSlotFields,
  ...interviewPlaceFields,
  interviewerIds: z.array(z.uuid()).max(20).default([]),
  host: hostChoiceSchema.default({ kind: 'automatic' }),
});
export type ScheduleInterviewBody = z.infer<typeof scheduleInterviewBodySchema>;

/** `POST /api/interviews/host-preview`: who would host, and why, before anything is created. */
export const hostPreviewBodySchema = z.object({
  ...interviewSlotFields,
  host: hostChoiceSchema.default({ kind: 'automatic' }),
  /** When editing, the interview whose own meeting should not count as a clash. */
  interviewId: z.uuid().optional(),
});
export type HostPreviewBody = z.infer<typeof hostPreviewBodySchema>;

/** `PATCH /api/interviews/:id`: a new time, people or place; `version` is the one the editor saw. */
export const updateInterviewBodySchema = z.object({
  version: z.number().int().min(1),
  startAt: startTime.optional(),
  timeZone: text().max(64).optional(),
  durationMinutes: z.number().int().min(5).max(1440).optional(),
  interviewerIds: z.array(z.uuid()).max(20).optional(),
  locationKind: z.enum(interviewLocationKinds).optional(),
  zoomRoomId: z.uuid().nullable().optional(),
  locationDetails: text().trim().max(500).optional(),
  video: z.boolean().optional(),
});
export type UpdateInterviewBody = z.infer<typeof updateInterviewBodySchema>;

/** `POST /api/interviews/:id/host`. */
export const changeHostBodySchema = z.object({ version: z.number().int().min(1), host: hostChoiceSchema });
export type ChangeHostBody = z.infer<typeof changeHostBodySchema>;

/** `POST /api/interviews/:id/cancel`; the reason may be shared with the people invited. */
export const cancelInterviewBodySchema = z.object({
  version: z.number().int().min(1),
  reason: text().trim().max(1000).default(''),
});
export type CancelInterviewBody = z.infer<typeof cancelInterviewBodySchema>;

/** `GET /api/interviews`. */
export const listInterviewsQuerySchema = z.object({
  mine: z.enum(['true', 'false']).default('false'),
  jobId: z.uuid().optional(),
  applicationId: z.uuid().optional(),
  from: instant.optional(),
  to: instant.optional(),
  state: z.enum(interviewStates).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(200),
});
export type ListInterviewsQuery = z.infer<typeof listInterviewsQuerySchema>;

/** `GET /api/interviews/busy`: the week the calendar shows, for these people and hosts. */
export const busyTimesQuerySchema = z.object({
  from: instant,
  to: instant,
  /** Comma-separated Parley user ids (interviewers). */
  userIds: text().max(2000).default(''),
  /** Comma-separated host candidate ids. */
  hostCandidateIds: text().max(2000).default(''),
});

const skipReasonSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('busy'),
    concurrentLimit: z.union([z.literal(1), z.literal(2)]),
    overlapping: z.array(z.object({ start: outInstant, end: outInstant })),
    concurrencyUnknown: z.boolean().optional(),
  }),
  z.object({ kind: z.literal('basic_license'), maxMinutes: z.number().int() }),
  z.object({ kind: z.literal('daily_limit'), calls: z.number().int(), limit: z.number().int() }),
  z.object({ kind: z.literal('zoom_daily_limit'), until: outInstant }),
  z.object({ kind: z.literal('deactivated') }),
  z.object({ kind: z.literal('deleted') }),
  z.object({ kind: z.literal('no_meeting_license') }),
  z.object({
    kind: z.literal('more_loaded'),
    interviewsThatDay: z.number().int(),
    tie: z.boolean().optional(),
  }),
]);

const explainedHostFields = { hostCandidateId: z.string(), zoomUserId: z.string(), label: z.string() };

/** Why the host was chosen and why the others were skipped. */
export const hostExplanationSchema = z
  .object({
    choice: z.enum(hostChoiceKinds),
    chosen: z
      .object({
        ...explainedHostFields,
        interviewsThatDay: z.number().int(),
        callsToday: z.number().int(),
        concurrencyUnknown: z.boolean().optional(),
      })
      .nullable(),
    skipped: z.array(z.object({ ...explainedHostFields, reason: skipReasonSchema })),
  })
  .meta({ id: 'HostExplanation' });

/** The Zoom meeting of an interview as people on it see it (never the host's start link). */
export const interviewMeetingSchema = z
  .object({
    state: z.enum(meetingStates),
    zoomMeetingId: z.string().nullable(),
    joinUrl: z.string().nullable(),
    passcode: z.string().nullable(),
    hostLabel: z.string(),
    /** The join link differs from the one first sent (host change, or recreated after a deletion in Zoom). */
    linkChanged: z.boolean(),
    /**
     * Why Zoom work on the meeting failed for good: the reason, Zoom's code and own words (`message`, for
     * Zoom's support), and `explanation`, a sentence in the reader's language saying what happened and
     * what to do.
     */
    failure: z
      .object({
        reason: z.enum(meetingFailureReasons),
        zoomCode: z.number().int().nullable(),
        message: z.string(),
        explanation: z.string(),
        /** A daily limit: when Parley runs the operation again by itself (Zoom's reset, 00:00 UTC). */
        retryAt: outInstant.nullable(),
      })
      .nullable(),
    /**
     * Someone changed the meeting's time or topic in Zoom: what Zoom has now (the interview keeps Parley's).
     * Editors choose *Keep Zoom's time* or *Restore Parley's time*.
     */
    drift: z
      .object({
        startAt: outInstant,
        durationMinutes: z.number().int(),
        topic: z.string(),
        noticedAt: outInstant,
      })
      .nullable(),
  })
  .meta({ id: 'InterviewMeeting' });

/** Why an interview's Zoom side must be checked again (docs/interviews.md, "Connection loss"). */
export const connectionFlagReasons = [
  'needs_reconnect',
  'removed',
  'host_unavailable',
  'meeting_missing',
] as const;
export type ConnectionFlagReason = (typeof connectionFlagReasons)[number];

/** The flag an interview carries while the Zoom connection its meeting depends on is broken or unchecked. */
export const connectionFlagSchema = z
  .object({ reason: z.enum(connectionFlagReasons), since: outInstant })
  .meta({ id: 'ConnectionFlag' });

/** An interview as the API returns it. */
export const interviewSchema = z
  .object({
    id: z.uuid(),
    applicationId: z.uuid(),
    candidate: z.object({ id: z.uuid(), name: z.string(), timeZone: z.string() }),
    job: z.object({ id: z.uuid(), title: z.string() }),
    stage: z.object({ id: z.uuid(), name: z.string() }),
    interviewers: z.array(z.object({ id: z.uuid(), name: z.string() })),
    startAt: outInstant,
    endAt: outInstant,
    timeZone: z.string(),
    durationMinutes: z.number().int(),
    locationKind: z.enum(interviewLocationKinds),
    room: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    locationDetails: z.string(),
    video: z.boolean(),
    hostChoice: z.enum(hostChoiceKinds),
    hostExplanation: hostExplanationSchema.nullable(),
    state: z.enum(interviewStates),
    version: z.number().int(),
    scheduledBy: z.object({ id: z.uuid(), name: z.string() }),
    cancelReason: z.string(),
    meeting: interviewMeetingSchema.nullable(),
    /** Set while the Zoom connection the meeting depends on is broken, until re-validated after reconnecting. */
    connectionFlag: connectionFlagSchema.nullable(),
    /** Whether the viewer may start the meeting (the host's Parley user or the scheduling recruiter). */
    canStart: z.boolean(),
    createdAt: outInstant,
  })
  .meta({ id: 'Interview' });
export type InterviewResponse = z.infer<typeof interviewSchema>;

/** One busy range of a person or host in the calendar. */
export const busyTimeSchema = z
  .object({
    /** `user` = an interviewer's Parley interview; `host` = a meeting on a host candidate. */
    kind: z.enum(['user', 'host']),
    /** The user id or host candidate id. */
    ownerId: z.string(),
    interviewId: z.uuid(),
    start: outInstant,
    end: outInstant,
  })
  .meta({ id: 'BusyTime' });
export type BusyTime = z.infer<typeof busyTimeSchema>;
