import type { Transaction } from '../../db/database.ts';

/**
 * Closes the failed-meeting and deleted-in-Zoom incidents that listed this interview once none of their
 * interviews needs attention any more (each retried or recreated into a meeting, or cancelled): the problem
 * was fixed, so the bell stops asking for it. Call it in the transaction that settles the interview, after its state is written.
 */
export async function resolveSettledMeetingIncidents(tx: Transaction, interviewId: string): Promise<number> {
  const { rows } = await tx.executeSql(
    `UPDATE admin_incidents SET resolved_at = now()
      WHERE kind IN ('meeting_failed', 'meeting_deleted_in_zoom') AND resolved_at IS NULL
        AND id IN (SELECT incident_id FROM admin_incident_interviews WHERE interview_id = $1)
        AND NOT EXISTS (
          SELECT 1 FROM admin_incident_interviews listed
            JOIN interviews ON interviews.id = listed.interview_id
           WHERE listed.incident_id = admin_incidents.id AND interviews.state = 'needs_attention')
      RETURNING id`,
    [interviewId],
  );
  return rows.length;
}
