import { z } from 'zod';
import { text } from '../text.ts';
import { instantSchema, lineSchema, pageQuerySchema, requiredLineSchema, versionSchema } from './fields.ts';
import { checkTopicTemplate } from './topic-template.ts';
import { autoRecordingModes, employmentTypes, interviewLocationKinds, jobStatuses } from './values.ts';

/** Schemas of jobs, hiring teams and pipeline stages (docs/api.md, "Recruiting"). */
export const jobStatusSchema = z.enum(jobStatuses);
export const employmentTypeSchema = z.enum(employmentTypes);
const jobLanguageSchema = z.enum(['en', 'de', 'ja']);

export const teamMemberSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: z.enum(['admin', 'recruiter', 'interviewer']),
  })
  .meta({ id: 'TeamMember' });
export type TeamMember = z.infer<typeof teamMemberSchema>;

/**
 * `GET /api/members`: the organization's active people, for choosing a hiring team. Only what that choice
 * needs, so recruiters can read it without seeing the admins' user management (sign-in state, languages).
 */
export const memberListSchema = z.object({ members: z.array(teamMemberSchema) });

export const zoomMeetingSettingsSchema = z
  .object({
    waitingRoom: z.boolean(),
    passcode: z.boolean(),
    joinBeforeHost: z.boolean(),
    muteOnEntry: z.boolean(),
    autoRecording: z.enum(autoRecordingModes),
  })
  .meta({ id: 'StageZoomMeetingSettings' });

/**
 * A meeting topic template: `{job}`, `{stage}`, `{candidate}` and `{organization}` only, and short enough
 * for Zoom's 200 characters with real names in it.
 */
export const topicTemplateSchema = text()
  .trim()
  .max(200)
  .superRefine((template, context) => {
    const problem = checkTopicTemplate(template);
    if (!problem) return;
    const messages = {
      unknown_variable: 'validation.topicVariable',
      too_long: 'validation.topicTooLong',
      empty: 'validation.required',
    } as const;
    context.addIssue({ code: 'custom', message: messages[problem.kind] });
  })
  .meta({ example: '{stage}: {candidate} for {job} ({organization})' });

export const stageSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    position: z.number().int(),
    isInterview: z.boolean(),
    defaultDurationMinutes: z.number().int(),
    defaultInterviewerIds: z.array(z.uuid()),
    locationKind: z.enum(interviewLocationKinds),
    /** Whether interviews of this stage get a Zoom meeting unless the recruiter turns it off. */
    videoDefault: z.boolean(),
    zoomMeetingSettings: zoomMeetingSettingsSchema,
    topicTemplate: z.string(),
    /** Bumped by every change to the stage's name or settings; a change sends back the one it read. */
    version: z.number().int(),
    /** Active applications in this stage. */
    applicationCount: z.number().int(),
  })
  .meta({ id: 'Stage' });
export type Stage = z.infer<typeof stageSchema>;

const jobFields = {
  id: z.uuid(),
  title: z.string(),
  department: z.string(),
  location: z.string(),
  employmentType: employmentTypeSchema,
  status: jobStatusSchema,
  language: jobLanguageSchema,
  version: z.number().int(),
  createdAt: instantSchema,
  closedAt: instantSchema.nullable(),
  activeApplicationCount: z.number().int(),
};

export const jobSummarySchema = z.object(jobFields).meta({ id: 'JobSummary' });
export type JobSummary = z.infer<typeof jobSummarySchema>;

export const jobSchema = z
  .object({ ...jobFields, hiringTeam: z.array(teamMemberSchema), stages: z.array(stageSchema) })
  .meta({ id: 'Job' });
export type Job = z.infer<typeof jobSchema>;

/** `GET /api/jobs`. */
export const jobListQuerySchema = pageQuerySchema.extend({
  search: lineSchema(100).optional(),
  status: jobStatusSchema.optional(),
  department: lineSchema(100).optional(),
});
export const jobListSchema = z.object({
  jobs: z.array(jobSummarySchema),
  nextCursor: z.uuid().nullable(),
  /** Every department of the organization's jobs, for the filter. */
  departments: z.array(z.string()),
});

/** `POST /api/jobs`. */
export const createJobBodySchema = z.object({
  title: requiredLineSchema(200),
  department: lineSchema(100).default(''),
  location: lineSchema(200).default(''),
  employmentType: employmentTypeSchema.default('full_time'),
  /** The language of the default stage names; the creator's when left out. */
  language: jobLanguageSchema.optional(),
  hiringTeam: z.array(z.guid()).max(100).default([]),
});
export type CreateJobInput = z.input<typeof createJobBodySchema>;

/** `PATCH /api/jobs/{id}`. */
export const updateJobBodySchema = z.object({
  version: versionSchema,
  title: requiredLineSchema(200).optional(),
  department: lineSchema(100).optional(),
  location: lineSchema(200).optional(),
  employmentType: employmentTypeSchema.optional(),
  hiringTeam: z.array(z.guid()).max(100).optional(),
});
export type UpdateJobInput = z.input<typeof updateJobBodySchema>;

/** `POST /api/jobs/{id}/close` and `/reopen`. */
export const jobStatusChangeBodySchema = z.object({ version: versionSchema });

/** The interview defaults of a stage; each optional in a change. */
const stageSettingsSchema = z.object({
  isInterview: z.boolean(),
  defaultDurationMinutes: z.number().int().min(5).max(1440),
  defaultInterviewerIds: z.array(z.guid()).max(20),
  locationKind: z.enum(interviewLocationKinds),
  videoDefault: z.boolean(),
  zoomMeetingSettings: zoomMeetingSettingsSchema,
  topicTemplate: topicTemplateSchema,
});

/** `POST /api/jobs/{id}/stages`: a new stage, at the end unless `position` (0-based) says otherwise. */
export const createStageBodySchema = stageSettingsSchema.partial().extend({
  name: requiredLineSchema(80),
  position: z.number().int().min(0).optional(),
});
export type CreateStageInput = z.input<typeof createStageBodySchema>;

/**
 * `PATCH /api/jobs/{id}/stages/{stageId}`: rename or change the interview defaults. `version` is the stage's
 * version the editor read, so two people editing the same stage cannot silently overwrite each other.
 */
export const updateStageBodySchema = createStageBodySchema
  .omit({ position: true })
  .partial()
  .extend({ version: versionSchema });
export type UpdateStageInput = z.input<typeof updateStageBodySchema>;

/** `PUT /api/jobs/{id}/stages/order`: every stage id of the job, in the new order. */
export const reorderStagesBodySchema = z.object({ stageIds: z.array(z.guid()).min(1).max(100) });

export const jobStageParamsSchema = z.object({ id: z.guid(), stageId: z.guid() });
