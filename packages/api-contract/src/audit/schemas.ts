import { z } from 'zod';
import { instantInputSchema, instantSchema, namedUserSchema } from '../common.ts';
import { text } from '../text.ts';
import { auditResults, auditSubjectTypes } from './values.ts';

/**
 * Who or what an event is about, named as the listing found it: its name now, or — when it no longer
 * exists — the name the event recorded, else null (the sentence then goes without a name).
 */
export const auditSubjectSchema = z
  .object({
    type: z.enum(auditSubjectTypes),
    id: z.string(),
    /** A person's or job's name, an invitation's e-mail, a host's label; for an application or interview the candidate's name. */
    name: z.string().nullable(),
    /** For an application or interview: the job's title. */
    jobTitle: z.string().nullable(),
  })
  .meta({ id: 'AuditSubject' });
export type AuditSubject = z.infer<typeof auditSubjectSchema>;

/**
 * An audit log entry (docs/zoom-api.md, `AuditEvent`). `action` is a string, not the enum of the actions
 * recorded today: the log keeps the names older versions wrote.
 */
export const auditEventSchema = z
  .object({
    id: z.uuid(),
    at: instantSchema,
    action: z.string(),
    result: z.enum(auditResults),
    /** Null when Zoom (a webhook) or the system (a background job) acted. */
    actor: namedUserSchema.nullable(),
    zoomAccountId: z.string().nullable(),
    zoomUserEmail: z.string().nullable(),
    /** Who or what the event is about, when it names one (the user whose role changed, the candidate moved). */
    subject: auditSubjectSchema.nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'AuditEvent' });
export type AuditEvent = z.infer<typeof auditEventSchema>;

/** `GET /api/audit-events` filters; `before` is the previous page's `nextBefore`. */
export const auditEventQuerySchema = z.object({
  action: text().trim().min(1).max(100).optional(),
  actorUserId: z.guid().optional(),
  /** Inclusive. */
  from: instantInputSchema.optional(),
  /** Exclusive. */
  to: instantInputSchema.optional(),
  before: z.guid().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
/** The filters as a client passes them: every one optional, `limit` a number. */
export type AuditEventQuery = Partial<z.infer<typeof auditEventQuerySchema>>;

/** `GET /api/audit-events`, newest first; pass `nextBefore` as `before` for the next (older) page. */
export const auditEventPageSchema = z.object({
  events: z.array(auditEventSchema),
  nextBefore: z.uuid().nullable(),
});
export type AuditEventPage = z.infer<typeof auditEventPageSchema>;
