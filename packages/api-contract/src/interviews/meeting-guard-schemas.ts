import { z } from 'zod';
import { connectionFlagSchema } from './interview-schemas.ts';

const outInstant = z.iso.datetime().meta({ description: 'ISO 8601 instant (UTC)' });

/** What started a reconcile run: the periodic schedule or an admin's button. */
export const reconcileTriggers = ['schedule', 'admin'] as const;
export type ReconcileTrigger = (typeof reconcileTriggers)[number];

/** What one reconcile run found and did (docs/interviews.md, "Reconcile"). */
export const reconcileCountsSchema = z
  .object({
    /** Upcoming interviews whose meeting was looked for in Zoom. */
    interviewsChecked: z.number().int(),
    /** Hosts whose upcoming meetings were listed. */
    hostsListed: z.number().int(),
    /** Interviews whose meeting Zoom no longer has (recreated, or shown as Deleted in Zoom). */
    missing: z.number().int(),
    recreated: z.number().int(),
    /** Meetings marked by Parley with no live interview behind them, deleted in Zoom. */
    orphansDeleted: z.number().int(),
    /** Meetings whose time or topic differs in Zoom (shown on the interview). */
    drifted: z.number().int(),
    /** Marked meetings naming an interview this Parley does not know: left alone. */
    unknownMarked: z.number().int(),
    /** Hosts whose meetings could not be listed (Zoom refused or was down): nothing decided for them. */
    failedHosts: z.number().int(),
  })
  .meta({ id: 'ReconcileCounts' });
export type ReconcileCounts = z.infer<typeof reconcileCountsSchema>;

/** A reconcile run as the Zoom settings page shows it. */
export const reconcileRunSchema = z
  .object({
    id: z.uuid(),
    trigger: z.enum(reconcileTriggers),
    startedAt: outInstant,
    finishedAt: outInstant.nullable(),
    counts: reconcileCountsSchema.nullable(),
    error: z.string().nullable(),
  })
  .meta({ id: 'ReconcileRun' });
export type ReconcileRunResponse = z.infer<typeof reconcileRunSchema>;

/** `GET /api/zoom/meeting-guard`: the organization's choices and the last reconcile run. */
export const meetingGuardSchema = z
  .object({
    /** Recreate a meeting deleted in Zoom at once instead of showing *Deleted in Zoom*. */
    autoRecreate: z.boolean(),
    lastReconcile: reconcileRunSchema.nullable(),
  })
  .meta({ id: 'MeetingGuard' });
export type MeetingGuardResponse = z.infer<typeof meetingGuardSchema>;

/** `PUT /api/zoom/meeting-guard`. */
export const meetingGuardBodySchema = z.object({ autoRecreate: z.boolean() });

/** An upcoming interview flagged because the Zoom connection it depends on broke. */
export const flaggedInterviewSchema = z
  .object({
    id: z.uuid(),
    candidateName: z.string(),
    jobTitle: z.string(),
    startAt: outInstant,
    hostLabel: z.string(),
    flag: connectionFlagSchema,
  })
  .meta({ id: 'FlaggedInterview' });
export type FlaggedInterviewResponse = z.infer<typeof flaggedInterviewSchema>;

/** What re-validating the flagged interviews found. */
export const revalidationSchema = z
  .object({
    checked: z.number().int(),
    cleared: z.number().int(),
    stillFlagged: z.number().int(),
  })
  .meta({ id: 'Revalidation' });
export type RevalidationResponse = z.infer<typeof revalidationSchema>;
