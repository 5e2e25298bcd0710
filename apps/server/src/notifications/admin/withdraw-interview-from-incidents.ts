import type { Transaction } from '../../db/database.ts';

/**
 * Takes an interview off the open incidents whose cause no longer concerns it, and closes a host's
 * incident that is left with no interview: a cancelled interview leaves every incident; a moved one
 * leaves a failed-meeting incident of another host and a "cannot host" incident of a host it no longer
 * has. The bell and a digest not sent yet then list only what still needs the admins. A connection's
 * incident stays open without interviews: the connection itself is still broken. Call it in the
 * transaction that cancels or moves the interview, after its row is written. Returns how many incidents
 * it took the interview off.
 */
export async function withdrawInterviewFromIncidents(tx: Transaction, interviewId: string): Promise<number> {
  const { rows } = await tx.executeSql(
    `DELETE FROM admin_incident_interviews listed
      USING admin_incidents incident, interviews interview
      WHERE listed.interview_id = $1
        AND incident.id = listed.incident_id AND incident.resolved_at IS NULL
        AND interview.id = listed.interview_id
        AND (interview.state = 'cancelled'
          OR (incident.kind = 'meeting_failed'
              AND incident.facts->>'hostZoomUserId' IS DISTINCT FROM interview.host_zoom_user_id)
          OR (incident.kind = 'host_cannot_host'
              AND incident.facts->>'hostCandidateId' IS DISTINCT FROM interview.host_candidate_id::text))
      RETURNING listed.incident_id`,
    [interviewId],
  );
  const incidentIds = rows.map((row) => row.incident_id as string);
  if (incidentIds.length === 0) return 0;
  await tx.executeSql(
    `UPDATE admin_incidents SET resolved_at = now()
      WHERE id = ANY($1::uuid[]) AND resolved_at IS NULL
        AND kind IN ('meeting_failed', 'host_cannot_host')
        AND NOT EXISTS (SELECT 1 FROM admin_incident_interviews listed WHERE listed.incident_id = admin_incidents.id)`,
    [incidentIds],
  );
  return incidentIds.length;
}
