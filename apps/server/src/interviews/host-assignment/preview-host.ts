import type { HostChoice, HostExplanation } from '@parley/api-contract';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { parseStartTime } from '../zoned-time.ts';
import { decideHost } from './choose-host.ts';

/**
 * Who would host an interview at this time, and why, before anything is created (the schedule dialog
 * shows it). Nothing is stored; `explanation.chosen` is null when nobody fits.
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
  return { explanation: decision.explanation, startAt: start, endAt: end };
}
