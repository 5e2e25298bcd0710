import {
  applicationStatuses,
  employmentTypes,
  interviewLocationKinds,
  jobStatuses,
  type StageZoomMeetingSettings,
} from '@parley/api-contract';
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, id, inList, instant, organizationId, updatedAt, version } from './columns.ts';
import { languageEnum, users } from './schema.ts';

/** A row's job: it goes when the job goes. */
export const jobId = () =>
  uuid('job_id')
    .notNull()
    .references(() => jobs.id, { onDelete: 'cascade' });
/** A row's candidate: it goes when the candidate goes. */
export const candidateId = () =>
  uuid('candidate_id')
    .notNull()
    .references(() => candidates.id, { onDelete: 'cascade' });
/** A row's stage of its job: a stage that still has rows cannot be removed. */
export const stageId = () =>
  uuid('stage_id')
    .notNull()
    .references(() => jobStages.id);

/** Jobs of an organization; `language` is the language its default stage names and texts are in. */
export const jobs = pgTable(
  'jobs',
  {
    id: id(),
    organizationId: organizationId(),
    title: text('title').notNull(),
    department: text('department').notNull().default(''),
    location: text('location').notNull().default(''),
    employmentType: text('employment_type', { enum: employmentTypes }).notNull(),
    status: text('status', { enum: jobStatuses }).notNull().default('open'),
    language: languageEnum('language').notNull(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    closedAt: instant('closed_at'),
  },
  (table) => [
    index('jobs_organization_idx').on(table.organizationId, table.createdAt, table.id),
    check('jobs_status_check', inList('status', jobStatuses)),
    check('jobs_employment_type_check', inList('employment_type', employmentTypes)),
  ],
);

/** The hiring team of a job: the recruiters and interviewers who work on it. */
export const jobMembers = pgTable(
  'job_members',
  {
    jobId: jobId(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    organizationId: organizationId(),
  },
  (table) => [
    primaryKey({ columns: [table.jobId, table.userId] }),
    index('job_members_user_idx').on(table.userId),
  ],
);

/**
 * The ordered pipeline of a job. An interview stage carries the defaults its interviews start from:
 * duration, interviewers, location, whether Zoom is on by default, Zoom's meeting settings and the
 * meeting topic template.
 */
export const jobStages = pgTable(
  'job_stages',
  {
    id: id(),
    organizationId: organizationId(),
    jobId: jobId(),
    name: text('name').notNull(),
    position: integer('position').notNull(),
    isInterview: boolean('is_interview').notNull().default(false),
    defaultDurationMinutes: integer('default_duration_minutes').notNull().default(60),
    defaultInterviewerIds: uuid('default_interviewer_ids').array().notNull().default(sql`'{}'::uuid[]`),
    locationKind: text('location_kind', { enum: interviewLocationKinds }).notNull().default('zoom'),
    videoDefault: boolean('video_default').notNull().default(true),
    zoomMeetingSettings: jsonb('zoom_meeting_settings').$type<StageZoomMeetingSettings>().notNull(),
    topicTemplate: text('topic_template').notNull(),
    version: version(),
    createdAt: createdAt(),
  },
  (table) => [
    index('job_stages_job_idx').on(table.jobId, table.position),
    check('job_stages_location_kind_check', inList('location_kind', interviewLocationKinds)),
    check('job_stages_duration_check', sql`default_duration_minutes BETWEEN 5 AND 1440`),
  ],
);

/** People who apply. The email is stored normalised (trimmed, lower-case) and is unique per organization. */
export const candidates = pgTable(
  'candidates',
  {
    id: id(),
    organizationId: organizationId(),
    /** As the person writes it, in any script and order (山田 太郎 stays family name first). */
    name: text('name').notNull(),
    email: text('email').notNull(),
    phone: text('phone').notNull().default(''),
    timeZone: text('time_zone').notNull(),
    language: languageEnum('language').notNull(),
    source: text('source').notNull().default(''),
    notes: text('notes').notNull().default(''),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('candidates_email_unique').on(table.organizationId, table.email),
    index('candidates_list_idx').on(table.organizationId, table.createdAt, table.id),
  ],
);

/**
 * Lower-case words of a candidate's name, email and tags, one row each. Prefix search on a B-tree
 * (`text_pattern_ops`) works the same on PGlite and PostgreSQL without extensions, finds a person by
 * any part of their name, and stays fast over tens of thousands of candidates.
 */
export const candidateSearchTerms = pgTable(
  'candidate_search_terms',
  {
    candidateId: candidateId(),
    organizationId: organizationId(),
    term: text('term').notNull(),
  },
  (table) => [
    primaryKey({ columns: [table.candidateId, table.term] }),
    index('candidate_search_terms_prefix_idx').on(
      table.organizationId,
      table.term.op('text_pattern_ops'),
      table.candidateId,
    ),
  ],
);

/** A candidate's application to a job: its current stage and status. Its moves are in the audit log. */
export const applications = pgTable(
  'applications',
  {
    id: id(),
    organizationId: organizationId(),
    candidateId: candidateId(),
    jobId: jobId(),
    stageId: stageId(),
    status: text('status', { enum: applicationStatuses }).notNull().default('active'),
    /** Why it was rejected or withdrawn; empty while active. */
    closedReason: text('closed_reason').notNull().default(''),
    closedAt: instant('closed_at'),
    stageEnteredAt: instant('stage_entered_at').notNull().defaultNow(),
    version: version(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('applications_candidate_job_unique').on(table.jobId, table.candidateId),
    index('applications_board_idx').on(table.jobId, table.status, table.stageId, table.stageEnteredAt),
    index('applications_stage_idx').on(table.stageId),
    index('applications_candidate_idx').on(table.candidateId),
    check('applications_status_check', inList('status', applicationStatuses)),
  ],
);
