import { z } from 'zod';
import { text } from '../text.ts';
import {
  candidateEmailSchema,
  ianaTimeZoneSchema,
  instantSchema,
  lineSchema,
  pageQuerySchema,
  requiredLineSchema,
  versionSchema,
} from './fields.ts';

/** Schemas of candidates (docs/api.md, "Recruiting"). */
const candidateLanguageSchema = z.enum(['en', 'de', 'ja']);
const tagSchema = text().trim().min(1).max(40);

const candidateFields = {
  id: z.uuid(),
  /** As the person writes it; shown as is (山田 太郎 keeps the family name first). */
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  timeZone: z.string(),
  /** The language of everything Parley sends them. */
  language: candidateLanguageSchema,
  source: z.string(),
  tags: z.array(z.string()),
  version: z.number().int(),
  createdAt: instantSchema,
};

export const candidateSummarySchema = z.object(candidateFields).meta({ id: 'CandidateSummary' });
export type CandidateSummary = z.infer<typeof candidateSummarySchema>;

export const candidateSchema = z
  .object({ ...candidateFields, notes: z.string(), updatedAt: instantSchema })
  .meta({ id: 'Candidate' });
export type Candidate = z.infer<typeof candidateSchema>;

/** `GET /api/candidates`: every word of `search` must begin a word of the name, e-mail or a tag. */
export const candidateListQuerySchema = pageQuerySchema.extend({
  search: lineSchema(100).optional(),
  /** Only candidates with an application to this job. */
  jobId: z.guid().optional(),
});
export const candidateListSchema = z.object({
  candidates: z.array(candidateSummarySchema),
  nextCursor: z.uuid().nullable(),
});

const candidateInputFields = {
  name: requiredLineSchema(200),
  email: candidateEmailSchema,
  phone: lineSchema(50),
  /** The organization's (its first admin's) zone when left out. */
  timeZone: ianaTimeZoneSchema,
  language: candidateLanguageSchema,
  source: lineSchema(100),
  notes: text().max(10_000),
  tags: z.array(tagSchema).max(30),
};

/** `POST /api/candidates`: a duplicate e-mail answers 409 CANDIDATE_EMAIL_EXISTS with the existing id. */
export const createCandidateBodySchema = z.object({
  name: candidateInputFields.name,
  email: candidateInputFields.email,
  phone: candidateInputFields.phone.default(''),
  timeZone: candidateInputFields.timeZone.optional(),
  language: candidateInputFields.language.optional(),
  source: candidateInputFields.source.default(''),
  notes: candidateInputFields.notes.default(''),
  tags: candidateInputFields.tags.default([]),
  /** Also apply to this job (at its first stage, or `stageId`). */
  jobId: z.guid().optional(),
  stageId: z.guid().optional(),
});
export type CreateCandidateInput = z.input<typeof createCandidateBodySchema>;

/** `PATCH /api/candidates/{id}`. */
export const updateCandidateBodySchema = z
  .object(candidateInputFields)
  .partial()
  .extend({ version: versionSchema });
export type UpdateCandidateInput = z.input<typeof updateCandidateBodySchema>;

/**
 * `POST /api/candidates/{id}/merge`: what a duplicate brought (a form or an import row) merged into the
 * existing candidate. Empty fields are filled, tags are added, notes are appended; nothing is overwritten.
 */
export const mergeCandidateBodySchema = z
  .object(candidateInputFields)
  .omit({ email: true })
  .partial()
  .extend({ version: versionSchema });
export type MergeCandidateInput = z.input<typeof mergeCandidateBodySchema>;
