import type { HostChoice, HostExplanation } from '@parley/api-contract';
import type { Actor } from '../../actor.ts';
import { relabelExplainedHosts } from '../../audit/audit-host-labels.ts';
import type { Db } from '../../db/database.ts';
import { parseStartTime } from '../zoned-time.ts';
import { decideHost } from './choose-host.ts';

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
  const decision = await decideHost(db, actor, input.host, query);
  // The decision names hosts as an interview records them (English name order); the reader sees their own.
  const [relabelled] = await relabelExplainedHosts(db, actor.organizationId, actor.language, [
    { explanation: decision.explanation },
  ]);
  return { explanation: relabelled!.explanation as HostExplanation, startAt: start, endAt: end };
}
