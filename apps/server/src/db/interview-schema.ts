import {
  connectionFlagReasons,
  type HostExplanation,
  hostChoiceKinds,
  interviewLocationKinds,
  interviewStates,
  type MeetingFailureReason,
  meetingStates,
  type ReconcileCounts,
  reconcileTriggers,
} from '@parley/api-contract';
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, inList, instant, organizationId, updatedAt } from './columns.ts';
import { applications, candidateId, jobId, stageId } from './recruiting-schema.ts';
import { users } from './schema.ts';
import { zoomConnections } from './zoom-schema.ts';

/** Zoom's meeting operations Parley records; creates and updates count against a host's 100 a day. */
export const zoomMeetingOperations = ['create', 'update', 'delete', 'get', 'list'] as const;
export type ZoomMeetingOperation = (typeof zoomMeetingOperations)[number];

/** What Parley sent Zoom for a meeting's time and topic: a `meeting.updated` carrying these is its echo. */
export interface SentMeetingFields {
  startTime: string;
  duration: number;
  topic: string;
}

/** How the meeting in Zoom differs from the interview (changed there by a person), as Zoom has it. */
/** One of the phone numbers Zoom lists to join a meeting by (`settings.global_dial_in_numbers`). */
export interface MeetingDialInNumber {
  /** ISO country code, e.g. `US`. */
  country: string;
  city: string;
  /** As Zoom writes it: `+1 646 558 8656`. */
  number: string;
}

export interface ZoomMeetingDrift {
  startAt: string;
  durationMinutes: number;
  topic: string;
  noticedAt: string;
}

/** What the last attempt on a meeting got from Zoom, without secrets. */
export interface ZoomAnswer {
  operation: ZoomMeetingOperation;
  /** HTTP status; 0 when Zoom did not answer. */
  status: number;
  zoomCode: number | null;
  message: string;
  /** Set when the operation gave up: why, in Parley's terms (the words are chosen when shown). */
  failure?: MeetingFailureReason;
  /** The interview version the operation gave up at: a later run for the same version does nothing. */
  failedAtVersion?: number;
  /**
   * A daily limit: when it lifts (the next 00:00 UTC, ISO instant) and the daily-limit sweep runs the
   * operation again, unless the interview changed meanwhile.
   */
  retryAt?: string;
  /** Set by the sweep when it starts that one retry: a second daily limit is given up on for good. */
  retriedAfterDailyLimit?: boolean;
}

/**
 * An application's interview in an interview stage: its time (UTC instant + the IANA zone it was planned
 * in), people, place, who hosts its Zoom meeting and why. `version` goes up on every change the people on
 * it should hear about; a meeting operation makes Zoom match the latest version.
 */
export const interviews = pgTable(
  'interviews',
  {
    id: id(),
    organizationId: organizationId(),
    applicationId: uuid('application_id')
      .notNull()
      .references(() => applications.id, { onDelete: 'cascade' }),
    candidateId: candidateId(),
    jobId: jobId(),
    stageId: stageId(),
    interviewerIds: uuid('interviewer_ids').array().notNull().default(sql`'{}'::uuid[]`),
    startAt: instant('start_at').notNull(),
    endAt: instant('end_at').notNull(),
    timeZone: text('time_zone').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    locationKind: text('location_kind', { enum: interviewLocationKinds }).notNull(),
    /** Zoom's room id and name, copied: the room list is re-read from Zoom and may drop a room. */
    zoomRoomId: text('zoom_room_id'),
    zoomRoomName: text('zoom_room_name'),
    locationDetails: text('location_details').notNull().default(''),
    video: boolean('video').notNull(),
    hostChoice: text('host_choice', { enum: hostChoiceKinds }).notNull(),
    /** The host candidate the recruiter named (`host_candidate`). */
    requestedHostCandidateId: uuid('requested_host_candidate_id'),
    /** The host chosen: the Zoom user the meeting is on, its label, and the connection that creates it. */
    hostZoomUserId: text('host_zoom_user_id'),
    hostLabel: text('host_label').notNull().default(''),
    hostCandidateId: uuid('host_candidate_id'),
    hostConnectionId: uuid('host_connection_id').references(() => zoomConnections.id, {
      onDelete: 'set null',
    }),
    hostExplanation: jsonb('host_explanation').$type<HostExplanation>(),
    state: text('state', { enum: interviewStates }).notNull(),
    version: integer('version').notNull().default(1),
    scheduledByUserId: uuid('scheduled_by_user_id')
      .notNull()
      .references(() => users.id),
    cancelReason: text('cancel_reason').notNull().default(''),
    /** Set when the connection the meeting depends on broke; cleared by re-validation after reconnecting. */
    connectionFlaggedAt: instant('connection_flagged_at'),
    connectionFlagReason: text('connection_flag_reason', { enum: connectionFlagReasons }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    index('interviews_organization_start_idx').on(table.organizationId, table.startAt),
    index('interviews_application_idx').on(table.applicationId),
    index('interviews_host_start_idx').on(table.hostZoomUserId, table.startAt),
    index('interviews_interviewers_idx').using('gin', table.interviewerIds),
    check('interviews_state_check', inList('state', interviewStates)),
    check('interviews_location_kind_check', inList('location_kind', interviewLocationKinds)),
    check('interviews_host_choice_check', inList('host_choice', hostChoiceKinds)),
    check('interviews_duration_check', sql`duration_minutes BETWEEN 5 AND 1440`),
    check('interviews_connection_flag_reason_check', inList('connection_flag_reason', connectionFlagReasons)),
    index('interviews_connection_flagged_idx')
      .on(table.organizationId)
      .where(sql`${table.connectionFlaggedAt} IS NOT NULL`),
  ],
);

/**
 * A Zoom meeting Parley made for an interview. At most one is current per interview; a host change keeps
 * the old one (`deleting`, then `deleted`) beside the new one until Zoom has deleted it. The passcode is
 * sealed like every secret; the host's `start_url` is never stored (it is fetched at *Start meeting*).
 */
export const zoomMeetings = pgTable(
  'zoom_meetings',
  {
    id: id(),
    organizationId: organizationId(),
    interviewId: uuid('interview_id')
      .notNull()
      .references(() => interviews.id, { onDelete: 'cascade' }),
    /** Zoom's meeting id (int64); null until Zoom created it. */
    zoomMeetingId: bigint('zoom_meeting_id', { mode: 'number' }),
    hostZoomUserId: text('host_zoom_user_id').notNull(),
    hostLabel: text('host_label').notNull().default(''),
    connectionId: uuid('connection_id').references(() => zoomConnections.id, { onDelete: 'set null' }),
    joinUrl: text('join_url'),
    sealedPasscode: text('sealed_passcode'),
    /** The numeric passcode for joining by phone, sealed; it goes into the one-tap line at send time. */
    sealedPhonePasscode: text('sealed_phone_passcode'),
    /** Zoom's dial-in numbers for the meeting (not secret), from which the one-tap line is composed. */
    dialInNumbers: jsonb('dial_in_numbers')
      .$type<MeetingDialInNumber[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** The interview version Zoom reflects. */
    interviewVersion: integer('interview_version').notNull().default(0),
    state: text('state', { enum: meetingStates }).notNull(),
    /** The join link differs from the one people were first sent. */
    linkChanged: boolean('link_changed').notNull().default(false),
    /** Set before Zoom is asked to create, so a retry after a crash looks for the meeting first. */
    createAttemptedAt: instant('create_attempted_at'),
    lastAttemptAt: instant('last_attempt_at'),
    lastAnswer: jsonb('last_answer').$type<ZoomAnswer>(),
    /** The last few time/topic bodies Parley sent, newest first: how its own changes echoed back are known. */
    sentFields: jsonb('sent_fields').$type<SentMeetingFields[]>().notNull().default(sql`'[]'::jsonb`),
    /** Set when someone changed the meeting's time or topic in Zoom; cleared when either side gives way. */
    zoomDrift: jsonb('zoom_drift').$type<ZoomMeetingDrift>(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('zoom_meetings_current_unique')
      .on(table.interviewId)
      .where(sql`${table.state} NOT IN ('deleting', 'deleted')`),
    // Every meeting of an interview, old ones included (its history, the meeting job's view of it): the
    // partial index above serves only the current one, and without this each read scanned the table.
    index('zoom_meetings_interview_idx').on(table.interviewId),
    index('zoom_meetings_zoom_id_idx').on(table.zoomMeetingId),
    check('zoom_meetings_state_check', inList('state', meetingStates)),
  ],
);

/**
 * Every meeting call Parley made to Zoom, with Zoom's answer: the history of an interview's meeting, and
 * Parley's own count of a host's creates + updates per UTC day (Zoom allows 100). A daily-limit 429 is
 * kept with the instant it lifts.
 */
export const zoomMeetingCalls = pgTable(
  'zoom_meeting_calls',
  {
    id: id(),
    organizationId: organizationId(),
    interviewId: uuid('interview_id').references(() => interviews.id, { onDelete: 'set null' }),
    hostZoomUserId: text('host_zoom_user_id').notNull(),
    operation: text('operation', { enum: zoomMeetingOperations }).notNull(),
    at: instant('at').notNull().defaultNow(),
    status: integer('status').notNull(),
    zoomCode: integer('zoom_code'),
    message: text('message').notNull().default(''),
    /** For a daily-limit 429: when Zoom accepts this host's creates and updates again. */
    blockedUntil: instant('blocked_until'),
  },
  (table) => [
    index('zoom_meeting_calls_host_idx').on(table.hostZoomUserId, table.at),
    index('zoom_meeting_calls_interview_idx').on(table.interviewId, table.at),
    check('zoom_meeting_calls_operation_check', inList('operation', zoomMeetingOperations)),
  ],
);

/** An organization's choices for meetings changed in Zoom. */
export const meetingGuardSettings = pgTable('meeting_guard_settings', {
  organizationId: organizationId().primaryKey(),
  /** Recreate a meeting deleted in Zoom at once (a new link goes out) instead of asking an editor. */
  autoRecreate: boolean('auto_recreate').notNull().default(false),
  updatedAt: updatedAt(),
});

/** A run of the reconcile job: Parley's upcoming interviews compared with the hosts' meetings in Zoom. */
export const meetingReconcileRuns = pgTable(
  'meeting_reconcile_runs',
  {
    id: id(),
    organizationId: organizationId(),
    trigger: text('trigger', { enum: reconcileTriggers }).notNull(),
    requestedByUserId: uuid('requested_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    startedAt: instant('started_at').notNull().defaultNow(),
    finishedAt: instant('finished_at'),
    counts: jsonb('counts').$type<ReconcileCounts>(),
    error: text('error'),
  },
  (table) => [
    index('meeting_reconcile_runs_organization_idx').on(table.organizationId, table.startedAt),
    check('meeting_reconcile_runs_trigger_check', inList('trigger', reconcileTriggers)),
  ],
);
