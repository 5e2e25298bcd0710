import type { InterviewLocationKind } from '@parley/api-contract';
import { and, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/database.ts';
import { users } from '../db/schema.ts';
import { zoomRooms } from '../db/zoom-schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';

/**
 * Whether an interview has a Zoom meeting: always at a Zoom location, otherwise only with video on (a
 * Zoom Room interview gets a meeting only when someone joins by video).
 */
export function needsMeeting(place: { locationKind: InterviewLocationKind; video: boolean }): boolean {
  return place.locationKind === 'zoom' || place.video;
}

/** Refuses interviewers who are not active users of the organization. */
export async function checkInterviewers(db: Db, organizationId: string, interviewerIds: readonly string[]) {
  const unique = [...new Set(interviewerIds)];
  if (unique.length === 0) return unique;
  const found = await db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.organizationId, organizationId), eq(users.active, true), inArray(users.id, unique)));
  if (found.length !== unique.length) {
    throw new AppError(AppErrorCode.ValidationFailed, {
      details: [{ path: 'interviewerIds', message: 'validation.interviewers' }],
    });
  }
  return unique;
}

/** The Zoom Room of a `zoom_room` interview, copied (id and name); null for other locations. */
export async function resolveRoom(
  db: Db,
  organizationId: string,
  locationKind: InterviewLocationKind,
  roomId: string | null,
): Promise<{ zoomRoomId: string; zoomRoomName: string } | null> {
  if (locationKind !== 'zoom_room') return null;
  if (!roomId) {
    throw new AppError(AppErrorCode.ValidationFailed, {
      details: [{ path: 'zoomRoomId', message: 'validation.required' }],
    });
  }
  const [room] = await db
    .select()
    .from(zoomRooms)
    .where(and(eq(zoomRooms.id, roomId), eq(zoomRooms.organizationId, organizationId)));
  if (!room)
    throw new AppError(AppErrorCode.NotFound, { details: [{ path: 'zoomRoomId', message: 'unknown room' }] });
  return { zoomRoomId: room.zoomRoomId, zoomRoomName: room.name };
}

/** Takes the organization's host-assignment lock for the rest of the transaction, so two interviews
 * scheduled at the same moment cannot both take a host's last free slot. */
export async function lockHostAssignment(
  tx: { executeSql(text: string, values?: unknown[]): Promise<unknown> },
  organizationId: string,
) {
  await tx.executeSql('SELECT pg_advisory_xact_lock(hashtext($1))', [`interview-hosts:${organizationId}`]);
}

/**
 * How many host-assignment transactions of one organization this process runs at once: one holding the
 * lock, and one doing the part before it (loading the application, writing the job), ready to take it next.
 */
const hostAssignmentTurnsAtOnce = 2;

/** Per organization: the transactions running, and those waiting for a turn. */
const hostAssignmentTurns = new Map<string, { running: number; waiting: (() => void)[] }>();

/**
 * Runs `work` — a transaction that takes the organization's host-assignment lock — once this process runs
 * fewer than {@link hostAssignmentTurnsAtOnce} of them for the organization. The lock makes them wait
 * their turn anyway; waiting here, before the transaction begins, keeps each from holding a pooled
 * connection while it waits: a burst of schedulings otherwise took every connection and starved the rest,
 * the meeting operations among them. The lock still orders the transactions of other instances.
 */
export async function inHostAssignmentTurn<T>(organizationId: string, work: () => Promise<T>): Promise<T> {
  let turns = hostAssignmentTurns.get(organizationId);
  if (!turns) {
    turns = { running: 0, waiting: [] };
    hostAssignmentTurns.set(organizationId, turns);
  }
  if (turns.running >= hostAssignmentTurnsAtOnce) {
    await new Promise<void>((resolve) => turns.waiting.push(resolve));
  } else {
    turns.running++;
  }
  try {
    return await work();
  } finally {
    const next = turns.waiting.shift();
    if (next) next();
    else if (--turns.running === 0) hostAssignmentTurns.delete(organizationId);
  }
}
