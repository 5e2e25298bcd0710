import { z } from 'zod';
import { text } from '../text.ts';
import { type CandidateFieldName, candidateFieldNames } from './candidate-fields.ts';

/** Schemas of the CSV import of candidates (docs/api.md, "Import"). */
export const importFields = candidateFieldNames;
export type ImportField = CandidateFieldName;

/** Which CSV column (0-based) holds each field; `name` and `email` are required. */
export const importMappingSchema = z
  .object({
    name: z.number().int().min(0),
    email: z.number().int().min(0),
    phone: z.number().int().min(0).optional(),
    timeZone: z.number().int().min(0).optional(),
    language: z.number().int().min(0).optional(),
    source: z.number().int().min(0).optional(),
    notes: z.number().int().min(0).optional(),
    tags: z.number().int().min(0).optional(),
  })
  .meta({ id: 'ImportMapping' });
export type ImportMapping = z.infer<typeof importMappingSchema>;

/** The CSV file as text (UTF-8; comma or semicolon separated; first line the header). */
const csvSchema = text()
  .min(1)
  .max(8 * 1024 * 1024);

/** `POST /api/candidates/import/preview`: the mapping is guessed from the header when left out. */
export const importPreviewBodySchema = z.object({ csv: csvSchema, mapping: importMappingSchema.optional() });

/** `POST /api/candidates/import`: all rows or none; applications to `jobId` at `stageId` (or its first). */
export const importBodySchema = z.object({
  csv: csvSchema,
  mapping: importMappingSchema,
  jobId: z.guid().optional(),
  stageId: z.guid().optional(),
});

export const importRowErrorSchema = z
  .object({
    /** The line in the file (the header is line 1). */
    line: z.number().int(),
    field: z.string(),
    message: z.string(),
  })
  .meta({ id: 'ImportRowError' });

export const importPreviewSchema = z.object({
  header: z.array(z.string()),
  mapping: importMappingSchema.nullable(),
  /** The first rows as the mapping reads them. */
  sample: z.array(z.record(z.string(), z.string())),
  rowCount: z.number().int(),
  /** Rows whose e-mail belongs to an existing candidate: merged (blanks filled, tags added). */
  mergeCount: z.number().int(),
  errors: z.array(importRowErrorSchema),
});

export const importResultSchema = z.object({
  created: z.number().int(),
  merged: z.number().int(),
  applied: z.number().int(),
});
export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type ImportResult = z.infer<typeof importResultSchema>;
