import type { HostChoice, HostExplanation } from '@parley/api-contract';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { relabelExplainedHosts } from '../../db/host-names.ts';
import { interviews } from '../../db/interview-schema.ts';
import { parseStartTime } from '../zoned-time.ts';
import { decideHost, decideKeptHost, type HostDecision } from './choose-host.ts';
import type { PlacementQuery } from './load-host-facts.ts';

/**
 * Who would host an interview at this time, and why, before anything is created (the schedule dialog
 * shows it), its hosts named in the reader's name order. Nothing is stored; `explanation.chosen` is null
 * when nobody fits.
 */
export async function previewHost(
  db: Db,
  actor: Actor,
  input: {
    startAt: string;
    timeZone: string;
    durationMinutes: number;
    host: HostChoice;
    interviewId?: string;
  },
  now = new Date(),
): Promise<{ explanation: HostExplanation; startAt: Date; endAt: Date }> {
  const start = parseStartTime(input.startAt, input.timeZone);
  const end = new Date(start.getTime() + input.durationMinutes * 60_000);
  const query = {
    organizationId: actor.organizationId,
    start,
    end,
    timeZone: input.timeZone,
    interviewId: input.interviewId,
    now,
  };
  const decision =
    (input.interviewId && input.host.kind === 'automatic'
      ? await keptHost(db, actor, input.interviewId, query)
      : null) ?? (await decideHost(db, actor, input.host, query));
  // The decision names hosts as an interview records them (English name order); the reader sees their own.
  const [relabelled] = await relabelExplainedHosts(db, actor.organizationId, actor.language, [
    { explanation: decision.explanation },
  ]);
  return { explanation: relabelled!.explanation as HostExplanation, startAt: start, endAt: end };
}

/**
 * An interview Parley placed that moves keeps its host when that host can take the new time, rather than
 * going to whoever a fresh pick would choose (update-interview.ts): the preview of a move names that host,
 * or null when the move would need another one (or the interview has no host yet).
 */
async function keptHost(
  db: Db,
  actor: Actor,
  interviewId: string,
  query: PlacementQuery,
): Promise<HostDecision | null> {
  const [interview] = await db
    .select({
      hostChoice: interviews.hostChoice,
      hostZoomUserId: interviews.hostZoomUserId,
      hostCandidateId: interviews.hostCandidateId,
      scheduledByUserId: interviews.scheduledByUserId,
    })
    .from(interviews)
    .where(and(eq(interviews.id, interviewId), eq(interviews.organizationId, actor.organizationId)));
  if (interview?.hostChoice !== 'automatic' || !interview.hostZoomUserId) return null;
  const scheduler = { organizationId: actor.organizationId, userId: interview.scheduledByUserId };
  return decideKeptHost(db, scheduler, interview, query);
}
