import { interviewAuditActions } from '@parley/api-contract';
import { and, eq, inArray } from 'drizzle-orm';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Transaction } from '../../db/database.ts';
import { interviews, zoomMeetings } from '../../db/interview-schema.ts';
import { reportIncident } from '../../notifications/admin/report-incident.ts';
import type { Services } from '../../services.ts';
import { type InterviewRow, loadMeetingWork, type MeetingRow } from './load-meeting-work.ts';
import { meetingInput } from './meeting-input.ts';
import { autoRecreates, recreateDeletedMeeting } from './recreate-deleted-meeting.ts';
import { driftAfter, isEchoOfSent, type ReportedMeetingFields, sentFieldsOf } from './sent-meeting-fields.ts';

/** A meeting event from Zoom, in the terms Parley acts on. */
export type ZoomMeetingChange =
  | { kind: 'deleted'; zoomMeetingId: number }
  | { kind: 'updated'; zoomMeetingId: number; reported: ReportedMeetingFields };

/** What applying a meeting event changed, as counts stored with the webhook. */
export interface MeetingChangeEffects {
  meetingsDeletedInZoom: number;
  meetingsRecreated: number;
  meetingsDrifted: number;
  driftsCleared: number;
}

const noEffects = (): MeetingChangeEffects => ({
  meetingsDeletedInZoom: 0,
  meetingsRecreated: 0,
  meetingsDrifted: 0,
  driftsCleared: 0,
});

/**
 * The current meeting row of a live interview with this Zoom id. Meetings Parley is deleting itself
 * (`deleting`, `deleted`), already known gone, or of interviews that are over are not its business: their
 * `meeting.deleted` is Parley's own delete coming back.
 */
async function liveMeetingOf(tx: Transaction, zoomMeetingId: number) {
  const [row] = await tx.db
    .select({ meeting: zoomMeetings, interview: interviews })
    .from(zoomMeetings)
    .innerJoin(interviews, eq(interviews.id, zoomMeetings.interviewId))
    .where(
      and(
        eq(zoomMeetings.zoomMeetingId, zoomMeetingId),
        inArray(zoomMeetings.state, ['live', 'updating', 'failed']),
        inArray(interviews.state, ['scheduling', 'confirmed', 'rescheduling', 'needs_attention']),
      ),
    )
    .for('update');
  return row;
}

/**
 * Applies a change someone made to an interview's meeting in Zoom (`meeting.deleted`, `meeting.updated`),
 * inside the webhook's transaction (which records the event once, so a redelivery does nothing):
 * - deleted: recreated at once when the organization chose that, otherwise the meeting shows *Deleted in
 *   Zoom* and the interview needs attention until an editor recreates it;
 * - updated: Parley's own update coming back (it matches a body Parley sent) does nothing; a time, length
 *   or topic changed by someone else is kept as the meeting's drift, for an editor to settle.
 */
export async function applyZoomMeetingChange(
  tx: Transaction,
  services: Pick<Services, 'queue'>,
  change: ZoomMeetingChange,
): Promise<MeetingChangeEffects> {
  const effects = noEffects();
  const found = await liveMeetingOf(tx, change.zoomMeetingId);
  if (!found) return effects;
  const { meeting, interview } = found;
  if (change.kind === 'deleted') {
    const outcome = await applyMeetingGone(tx, services, interview, meeting);
    effects[outcome === 'recreated' ? 'meetingsRecreated' : 'meetingsDeletedInZoom']++;
    return effects;
  }
  if (isEchoOfSent(change.reported, meeting.sentFields)) return effects;
  const work = await loadMeetingWork(tx.db, interview.id);
  if (!work) return effects;
  const wanted = sentFieldsOf(meetingInput(work.facts));
  const drift = driftAfter(change.reported, meeting.zoomDrift, wanted, new Date());
  if (!drift && !meeting.zoomDrift) return effects;
  await tx.db
    .update(zoomMeetings)
    .set({ zoomDrift: drift ?? null, updatedAt: new Date() })
    .where(eq(zoomMeetings.id, meeting.id));
  if (drift) {
    effects.meetingsDrifted++;
    await recordAuditEvent(tx, {
      organizationId: interview.organizationId,
      actorUserId: null,
      action: interviewAuditActions.meetingChangedInZoom,
      target: { type: 'interview', id: interview.id },
      result: 'success',
      metadata: { zoomMeetingId: String(change.zoomMeetingId), ...drift },
    });
  } else {
    effects.driftsCleared++;
  }
  return effects;
}

/**
 * Zoom no longer has the interview's meeting (deleted there, found missing by the reconcile job or a
 * re-validation): recreated at once when the organization chose that, otherwise shown as *Deleted in Zoom*
 * with the interview needing attention, and the admins told.
 */
export async function applyMeetingGone(
  tx: Transaction,
  services: Pick<Services, 'queue'>,
  interview: InterviewRow,
  meeting: MeetingRow,
): Promise<'recreated' | 'flagged'> {
  if (await autoRecreates(tx, interview.organizationId)) {
    await recreateDeletedMeeting(tx, services, interview, meeting, null);
    return 'recreated';
  }
  await markDeletedInZoom(tx, interview.id, interview.organizationId, meeting.id, meeting.zoomMeetingId!);
  await reportIncident(tx, services, {
    organizationId: interview.organizationId,
    facts: {
      kind: 'meeting_deleted_in_zoom',
      hostZoomUserId: meeting.hostZoomUserId,
      hostLabel: meeting.hostLabel,
    },
    interviewIds: [interview.id],
  });
  return 'flagged';
}

async function markDeletedInZoom(
  tx: Transaction,
  interviewId: string,
  organizationId: string,
  meetingRowId: string,
  zoomMeetingId: number,
) {
  await tx.db
    .update(zoomMeetings)
    .set({
      state: 'deleted_in_zoom',
      zoomDrift: null,
      lastAnswer: { operation: 'get', status: 404, zoomCode: 3001, message: 'Deleted in Zoom' },
      updatedAt: new Date(),
    })
    .where(eq(zoomMeetings.id, meetingRowId));
  await tx.db
    .update(interviews)
    .set({ state: 'needs_attention', updatedAt: new Date() })
    .where(eq(interviews.id, interviewId));
  await recordAuditEvent(tx, {
    organizationId,
    actorUserId: null,
    action: interviewAuditActions.meetingDeletedInZoom,
    target: { type: 'interview', id: interviewId },
    result: 'failure',
    metadata: { zoomMeetingId: String(zoomMeetingId) },
  });
}
