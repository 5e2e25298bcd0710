import { and, eq, inArray } from 'drizzle-orm';
import { zoomMeetingCalls, zoomMeetings } from '../../apps/server/src/db/interview-schema.ts';
import type { InterviewBench } from './interview-bench.ts';
import { percentile } from './interview-bench.ts';

/**
 * Prints where the time of "accepted → meeting live" goes: for each phase of an interview's first meeting
 * operation, the median instant relative to the POST's answer (negative: before the client had it). The
 * instants come from the records Parley keeps anyway: the job (pg-boss: enqueued in the scheduling
 * transaction, fetched by the runner), the meeting row (create attempt stored before the Zoom call, stored
 * live) and the recorded Zoom call (after Zoom's answer).
 */
export async function printMeetingPhases(
  parley: InterviewBench['parley'],
  acceptedAt: ReadonlyMap<string, number>,
): Promise<void> {
  const ids = [...acceptedAt.keys()];
  const jobs = await parley.database.executeSql(
    `SELECT singleton_key AS id, min(created_on) AS created, min(started_on) AS started
       FROM pgboss.job WHERE name = 'sync-interview-meeting-v1' AND singleton_key = ANY($1)
      GROUP BY singleton_key`,
    [ids],
  );
  const meetings = await parley.database.db
    .select()
    .from(zoomMeetings)
    .where(inArray(zoomMeetings.interviewId, ids));
  const calls = await parley.database.db
    .select()
    .from(zoomMeetingCalls)
    .where(and(inArray(zoomMeetingCalls.interviewId, ids), eq(zoomMeetingCalls.operation, 'create')));
  const phases = new Map<string, number[]>();
  const add = (phase: string, id: string, at: Date | string | null | undefined) => {
    if (!at) return;
    const list = phases.get(phase) ?? [];
    list.push(new Date(at).getTime() - acceptedAt.get(id)!);
    phases.set(phase, list);
  };
  for (const job of jobs.rows as { id: string; created: string; started: string | null }[]) {
    add('scheduling transaction began (job enqueued)', job.id, job.created);
    add('job fetched by the runner', job.id, job.started);
  }
  for (const meeting of meetings)
    add('create attempt stored (before pacing)', meeting.interviewId, meeting.createAttemptedAt);
  for (const call of calls) if (call.interviewId) add('Zoom answered the create', call.interviewId, call.at);
  for (const meeting of meetings)
    if (meeting.state === 'live') add('meeting stored live', meeting.interviewId, meeting.updatedAt);
  console.log('  phases, median from the POST answer:');
  for (const [phase, values] of phases) {
    console.log(
      `    ${phase.padEnd(46)} ${percentile(values, 50).toFixed(0).padStart(6)} ms (p95 ${percentile(values, 95).toFixed(0)})`,
    );
  }
}
