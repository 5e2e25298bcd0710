import { z } from 'zod';
import { candidateSchema, candidateSummarySchema } from './candidate-schemas.ts';
import { instantSchema, pageQuerySchema, requiredLineSchema, versionSchema } from './fields.ts';
import { applicationStatuses } from './values.ts';

/** Schemas of applications and the job board (docs/api.md, "Recruiting"). */
export const applicationStatusSchema = z.enum(applicationStatuses);

export const applicationSchema = z
  .object({
    id: z.uuid(),
    candidateId: z.uuid(),
    jobId: z.uuid(),
    jobTitle: z.string(),
    stageId: z.uuid(),
    stageName: z.string(),
    status: applicationStatusSchema,
    closedReason: z.string(),
    stageEnteredAt: instantSchema,
    /** Whether "Schedule interview" applies: the application is active and its stage is an interview stage. */
    canSchedule: z.boolean(),
    version: z.number().int(),
    createdAt: instantSchema,
  })
  .meta({ id: 'Application' });
export type Application = z.infer<typeof applicationSchema>;

/** A card on the board or a row of the table: the application and its candidate. */
export const applicationCardSchema = applicationSchema
  .extend({ candidate: candidateSummarySchema })
  .meta({ id: 'ApplicationCard' });
export type ApplicationCard = z.infer<typeof applicationCardSchema>;

/** One move of an application, from the audit log. */
export const applicationHistoryEntrySchema = z
  .object({
    at: instantSchema,
    action: z.string(),
    actor: z.object({ id: z.uuid(), name: z.string() }).nullable(),
    fromStage: z.string().nullable(),
    toStage: z.string().nullable(),
    reason: z.string().nullable(),
  })
  .meta({ id: 'ApplicationHistoryEntry' });
export type ApplicationHistoryEntry = z.infer<typeof applicationHistoryEntrySchema>;

/** `GET /api/applications/{id}`: the application with its candidate, `canSchedule`, and its moves. */
export const applicationWithHistorySchema = z
  .object({ application: applicationCardSchema, history: z.array(applicationHistoryEntrySchema) })
  .meta({ id: 'ApplicationWithHistory' });
export type ApplicationWithHistory = z.infer<typeof applicationWithHistorySchema>;

/** A candidate's page, and the answer to changing or merging a candidate: the candidate and their applications. */
export const candidateWithApplicationsSchema = z
  .object({ candidate: candidateSchema, applications: z.array(applicationSchema) })
  .meta({ id: 'CandidateWithApplications' });
export type CandidateWithApplications = z.infer<typeof candidateWithApplicationsSchema>;

/** `POST /api/applications`. */
export const createApplicationBodySchema = z.object({
  candidateId: z.guid(),
  jobId: z.guid(),
  /** The job's first stage when left out. */
  stageId: z.guid().optional(),
});

/** `POST /api/applications/{id}/move`. */
export const moveApplicationBodySchema = z.object({ stageId: z.guid(), version: versionSchema });
/** `POST /api/applications/{id}/reject` and `/withdraw`. */
export const closeApplicationBodySchema = z.object({
  reason: requiredLineSchema(500),
  version: versionSchema,
});
/** `POST /api/applications/{id}/reopen`. */
export const reopenApplicationBodySchema = z.object({ version: versionSchema });

/** `GET /api/jobs/{id}/board`: per column the count and the first cards, oldest in the stage first. */
export const boardQuerySchema = z.object({
  cardsPerColumn: z.coerce.number().int().min(0).max(200).default(50),
});
const boardColumnSchema = z.object({
  count: z.number().int(),
  applications: z.array(applicationCardSchema),
});
export const boardSchema = z
  .object({
    columns: z.array(boardColumnSchema.extend({ stageId: z.uuid() })),
    rejected: boardColumnSchema,
    withdrawn: boardColumnSchema,
  })
  .meta({ id: 'Board' });
export type Board = z.infer<typeof boardSchema>;

/** `GET /api/jobs/{id}/applications`: the table view, one status and optionally one stage. */
export const jobApplicationsQuerySchema = pageQuerySchema.extend({
  status: applicationStatusSchema.default('active'),
  stageId: z.guid().optional(),
});
export const applicationPageSchema = z.object({
  applications: z.array(applicationCardSchema),
  nextCursor: z.uuid().nullable(),
});
