import type { AuditAction } from '@parley/api-contract';
import { interviewAuditActions } from '@parley/api-contract';
import type { ZoomMeeting } from '@parley/zoom-client';
import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { Transaction } from '../../db/database.ts';
import {
  type MeetingDialInNumber,
  type ZoomAnswer,
  type ZoomMeetingOperation,
  zoomMeetings,
} from '../../db/interview-schema.ts';
import {
  createMeetingOnZoom,
  deleteMeetingOnZoom,
  findMarkedMeeting,
  getMeetingFromZoom,
  type MeetingCallContext,
  updateMeetingOnZoom,
} from './call-zoom-meetings.ts';
import {
  failMeetingStep,
  gaveUpAtCurrentVersion,
  MeetingStepError,
  zoomCodeOf,
} from './fail-meeting-step.ts';
import {
  type InterviewRow,
  loadMeetingWork,
  type MeetingRow,
  type MeetingWork,
} from './load-meeting-work.ts';
import { interviewMarker, meetingInput } from './meeting-input.ts';
import type { MeetingServices } from './meeting-services.ts';
import { moveToNextHostPastDailyLimit } from './move-past-daily-limit.ts';
import { rememberSent, sentFieldsOf } from './sent-meeting-fields.ts';
import { settleInterview } from './settle-interview.ts';

/** How one run of the meeting operation goes. */
export interface MeetingRun {
  logger: Logger;
  /** The queue will not run this job again: a failure now is final. */
  lastTry: boolean;
}

const ok = (operation: ZoomMeetingOperation, status: number): ZoomAnswer => ({
  operation,
  status,
  zoomCode: null,
  message: '',
});

function callContext(interview: InterviewRow, meeting: MeetingRow): MeetingCallContext {
  return {
    organizationId: interview.organizationId,
    interviewId: interview.id,
    hostZoomUserId: meeting.hostZoomUserId,
    connectionId: meeting.connectionId ?? '',
  };
}

/**
 * Makes Zoom match the interview as it is now (SCHEDULING.md, rules 1–3): creates its meeting, updates it
 * to the current version (recreating it when Zoom no longer has it), creates it on a new host before the
 * old one is deleted, or deletes it when the interview no longer needs one. Every step is recorded at
 * once, so a run after a crash continues from where Zoom and Parley agree. A create refused for the host's
 * daily limit on a host Parley chose moves the interview to the next host (see
 * {@link moveToNextHostPastDailyLimit}) and runs again; the attempt on the first host is cleaned up like any
 * host change, marker search included.
 */
export async function syncInterviewMeeting(
  dependencies: MeetingServices,
  interviewId: string,
  run: MeetingRun,
): Promise<void> {
  for (let hostsTried = 0; ; hostsTried++) {
    const work = await loadMeetingWork(dependencies.database.db, interviewId);
    if (!work) return;
    const meetings = [...(work.current ? [work.current] : []), ...work.leaving];
    if (meetings.some((meeting) => gaveUpAtCurrentVersion(meeting, work.interview))) return;
    try {
      await bringMeetingInStep(dependencies, work);
    } catch (error) {
      const nextHost =
        hostsTried < maxHostsPerRun &&
        (await moveToNextHostPastDailyLimit(dependencies, work.interview, error));
      if (nextHost) {
        run.logger.info({ interviewId }, 'Host at Zoom’s daily limit; trying the next host');
        continue;
      }
      await failMeetingStep(dependencies, work.interview, error, run);
    }
    break;
  }
  await settleInterview(dependencies, interviewId, run.logger);
}

/** A bound on hosts tried in one run: each one tried is blocked for the day, but a run must end. */
const maxHostsPerRun = 20;

async function bringMeetingInStep(dependencies: MeetingServices, work: MeetingWork): Promise<void> {
  const { interview } = work;
  const db = dependencies.database.db;
  let current = work.current;
  const onOtherHost =
    current &&
    (current.hostZoomUserId !== interview.hostZoomUserId ||
      current.connectionId !== interview.hostConnectionId);
  if (current && (!work.wanted || onOtherHost)) {
    await db
      .update(zoomMeetings)
      .set({ state: 'deleting', updatedAt: new Date() })
      .where(eq(zoomMeetings.id, current.id));
    work.leaving.push({ ...current, state: 'deleting' });
    current = undefined;
  }
  if (work.wanted) {
    current ??= await insertMeetingRow(
      dependencies,
      interview,
      work.leaving.some((old) => old.joinUrl !== null),
    );
    if (current.zoomMeetingId === null) current = await createMeeting(dependencies, work, current);
    if (current.interviewVersion !== interview.version || current.state !== 'live') {
      await updateMeeting(dependencies, work, current);
    }
  }
  // Only now that the new meeting exists: a host change never leaves the interview without one.
  for (const leaving of work.leaving) await removeMeeting(dependencies, interview, leaving);
}

async function insertMeetingRow(
  dependencies: MeetingServices,
  interview: InterviewRow,
  linkChanged: boolean,
) {
  const [row] = await dependencies.database.db
    .insert(zoomMeetings)
    .values({
      organizationId: interview.organizationId,
      interviewId: interview.id,
      hostZoomUserId: interview.hostZoomUserId!,
      hostLabel: interview.hostLabel,
      connectionId: interview.hostConnectionId,
      state: 'creating',
      linkChanged,
    })
    .returning();
  return row!;
}

/**
 * Creates the meeting, or adopts the one an earlier run created before it could record it: the attempt is
 * stored before Zoom is called, and a run that finds an attempt looks for the interview's marker first.
 */
async function createMeeting(
  dependencies: MeetingServices,
  work: MeetingWork,
  row: MeetingRow,
): Promise<MeetingRow> {
  const context = callContext(work.interview, row);
  const db = dependencies.database.db;
  const adoptedId = row.createAttemptedAt
    ? await stepOf(row, 'list', findMarkedMeeting(dependencies, context, interviewMarker(work.interview.id)))
    : undefined;
  let meeting: ZoomMeeting;
  if (adoptedId !== undefined) {
    meeting = await stepOf(row, 'get', getMeetingFromZoom(dependencies, context, adoptedId));
  } else {
    const input = meetingInput(work.facts);
    await db
      .update(zoomMeetings)
      .set({ createAttemptedAt: new Date(), sentFields: rememberSent(row.sentFields, sentFieldsOf(input)) })
      .where(eq(zoomMeetings.id, row.id));
    meeting = await stepOf(row, 'create', createMeetingOnZoom(dependencies, context, input));
  }
  return dependencies.database.transaction(async (tx) => {
    const [stored] = await tx.db
      .update(zoomMeetings)
      .set({
        zoomMeetingId: meeting.id,
        joinUrl: meeting.join_url,
        sealedPasscode: meeting.password ? dependencies.secretBox.seal(meeting.password) : null,
        sealedPhonePasscode: meeting.pstn_password
          ? dependencies.secretBox.seal(meeting.pstn_password)
          : null,
        dialInNumbers: dialInNumbersOf(meeting),
        // An adopted meeting may predate the latest change: 0 makes the next step update it.
        interviewVersion: adoptedId === undefined ? work.interview.version : 0,
        state: 'live',
        zoomDrift: null,
        lastAttemptAt: new Date(),
        lastAnswer: ok(adoptedId === undefined ? 'create' : 'get', adoptedId === undefined ? 201 : 200),
        updatedAt: new Date(),
      })
      .where(eq(zoomMeetings.id, row.id))
      .returning();
    await audit(
      tx,
      work.interview,
      adoptedId === undefined ? interviewAuditActions.meetingCreated : interviewAuditActions.meetingAdopted,
      {
        zoomMeetingId: String(meeting.id),
        hostZoomUserId: row.hostZoomUserId,
        linkChanged: row.linkChanged,
      },
    );
    return stored!;
  });
}

/** PATCHes the meeting to the interview's version; Zoom's 3001 (gone) means recreate it with a new link. */
async function updateMeeting(
  dependencies: MeetingServices,
  work: MeetingWork,
  row: MeetingRow,
): Promise<void> {
  const db = dependencies.database.db;
  const input = meetingInput(work.facts);
  // Remembered before the call: Zoom's `meeting.updated` for it may arrive before Zoom's answer does.
  await db
    .update(zoomMeetings)
    .set({
      state: 'updating',
      sentFields: rememberSent(row.sentFields, sentFieldsOf(input)),
      updatedAt: new Date(),
    })
    .where(eq(zoomMeetings.id, row.id));
  try {
    await updateMeetingOnZoom(dependencies, callContext(work.interview, row), row.zoomMeetingId!, input);
  } catch (error) {
    if (zoomCodeOf(error) !== 3001) throw new MeetingStepError(row, 'update', error);
    const replacement = await replaceMissingMeeting(dependencies, work.interview, row);
    await createMeeting(dependencies, work, replacement);
    return;
  }
  await dependencies.database.transaction(async (tx) => {
    await tx.db
      .update(zoomMeetings)
      .set({
        interviewVersion: work.interview.version,
        state: 'live',
        // Zoom now has Parley's time and topic again, whatever someone had changed there.
        zoomDrift: null,
        lastAttemptAt: new Date(),
        lastAnswer: ok('update', 204),
        updatedAt: new Date(),
      })
      .where(eq(zoomMeetings.id, row.id));
    await audit(tx, work.interview, interviewAuditActions.meetingUpdated, {
      zoomMeetingId: String(row.zoomMeetingId),
    });
  });
}

/** Zoom no longer has the meeting (deleted there): mark it gone and start a new one whose link is flagged. */
async function replaceMissingMeeting(
  dependencies: MeetingServices,
  interview: InterviewRow,
  row: MeetingRow,
) {
  return dependencies.database.transaction(async (tx) => {
    await tx.db
      .update(zoomMeetings)
      .set({
        state: 'deleted',
        lastAnswer: {
          operation: 'update',
          status: 404,
          zoomCode: 3001,
          message: 'Zoom 3001: meeting not found',
        },
        updatedAt: new Date(),
      })
      .where(eq(zoomMeetings.id, row.id));
    const [replacement] = await tx.db
      .insert(zoomMeetings)
      .values({
        organizationId: interview.organizationId,
        interviewId: interview.id,
        hostZoomUserId: row.hostZoomUserId,
        hostLabel: row.hostLabel,
        connectionId: row.connectionId,
        state: 'creating',
        linkChanged: true,
      })
      .returning();
    await audit(tx, interview, interviewAuditActions.meetingRecreated, {
      previousZoomMeetingId: String(row.zoomMeetingId),
    });
    return replacement!;
  });
}

/** Deletes a meeting that is no longer wanted; Zoom's 3001 means it is already gone, which is success. */
async function removeMeeting(
  dependencies: MeetingServices,
  interview: InterviewRow,
  row: MeetingRow,
): Promise<void> {
  const context = callContext(interview, row);
  let zoomMeetingId = row.zoomMeetingId;
  if (zoomMeetingId === null && row.createAttemptedAt) {
    zoomMeetingId =
      (await stepOf(row, 'list', findMarkedMeeting(dependencies, context, interviewMarker(interview.id)))) ??
      null;
  }
  if (zoomMeetingId !== null) {
    try {
      await deleteMeetingOnZoom(dependencies, context, zoomMeetingId);
    } catch (error) {
      if (zoomCodeOf(error) !== 3001) throw new MeetingStepError(row, 'delete', error);
    }
  }
  await dependencies.database.transaction(async (tx) => {
    await tx.db
      .update(zoomMeetings)
      .set({
        state: 'deleted',
        lastAttemptAt: new Date(),
        lastAnswer: ok('delete', 204),
        updatedAt: new Date(),
      })
      .where(eq(zoomMeetings.id, row.id));
    await audit(tx, interview, interviewAuditActions.meetingDeleted, {
      zoomMeetingId: zoomMeetingId === null ? null : String(zoomMeetingId),
      hostZoomUserId: row.hostZoomUserId,
    });
  });
}

/** Tags a failure with the meeting and operation it happened in. */
async function stepOf<T>(row: MeetingRow, operation: ZoomMeetingOperation, call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw new MeetingStepError(row, operation, error);
  }
}

function audit(
  tx: Transaction,
  interview: InterviewRow,
  action: AuditAction,
  metadata: Record<string, unknown>,
) {
  return recordAuditEvent(tx, {
    organizationId: interview.organizationId,
    actorUserId: null,
    action,
    target: { type: 'interview', id: interview.id },
    result: 'success',
    metadata,
  });
}

/** Zoom's dial-in numbers of a meeting, as Parley keeps them (an entry without a number is no use). */
function dialInNumbersOf(meeting: ZoomMeeting): MeetingDialInNumber[] {
  return (meeting.settings?.global_dial_in_numbers ?? []).map((entry) => ({
    country: entry.country ?? '',
    city: entry.city ?? '',
    number: entry.number,
  }));
}
