import { and, eq, gt, inArray, lt, notInArray, or, sql } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { interviews } from '../../db/interview-schema.ts';

/** One busy range in the schedule dialog's calendar. */
export interface BusyTime {
  kind: 'user' | 'host';
  ownerId: string;
  interviewId: string;
  start: string;
  end: string;
}

/**
 * The selected interviewers' and hosts' Parley interviews between `from` and `to` (a week of the
 * calendar), as busy ranges: an interviewer is busy in every interview they are on, a host in every
 * interview whose meeting is on them.
 */
export async function listBusyTimes(
  db: Db,
  actor: Actor,
  query: { from: Date; to: Date; userIds: string[]; hostCandidateIds: string[] },
): Promise<BusyTime[]> {
  if (query.userIds.length === 0 && query.hostCandidateIds.length === 0) return [];
  const userMatch = query.userIds.length
    ? sql`${interviews.interviewerIds} && ARRAY[${sql.join(
        query.userIds.map((id) => sql`${id}::uuid`),
        sql`, `,
      )}]`
    : undefined;
  const hostMatch = query.hostCandidateIds.length
    ? inArray(interviews.hostCandidateId, query.hostCandidateIds)
    : undefined;
  const rows = await db
    .select()
    .from(interviews)
    .where(
      and(
        eq(interviews.organizationId, actor.organizationId),
        notInArray(interviews.state, ['cancelled']),
        lt(interviews.startAt, query.to),
        gt(interviews.endAt, query.from),
        or(userMatch, hostMatch),
      ),
    );
  return rows.flatMap((row) => {
    const range = { interviewId: row.id, start: row.startAt.toISOString(), end: row.endAt.toISOString() };
    const asUser = row.interviewerIds
      .filter((id) => query.userIds.includes(id))
      .map((id) => ({ kind: 'user' as const, ownerId: id, ...range }));
    const asHost =
      row.hostCandidateId && query.hostCandidateIds.includes(row.hostCandidateId)
        ? [{ kind: 'host' as const, ownerId: row.hostCandidateId, ...range }]
        : [];
    return [...asUser, ...asHost];
  });
}
