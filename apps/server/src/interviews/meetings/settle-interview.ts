import { eq } from 'drizzle-orm';
import type { Logger } from 'pino';
import { interviews } from '../../db/interview-schema.ts';
import { resolveSettledMeetingIncidents } from '../../notifications/admin/resolve-settled-meeting-incidents.ts';
import { announceInterviewVersion } from './announce-interview-version.ts';
import { loadMeetingWork } from './load-meeting-work.ts';
import type { MeetingServices } from './meeting-services.ts';

/**
 * Confirms the interview once Zoom matches its version — its meeting `live` at that version, or no meeting
 * wanted — and hands the version to the invitations, in the same transaction. An admin incident about its
 * failed meeting closes once none of the incident's interviews needs attention any more.
 */
export async function settleInterview(dependencies: MeetingServices, interviewId: string, logger: Logger) {
  await dependencies.database.transaction(async (tx) => {
    const work = await loadMeetingWork(tx.db, interviewId);
    if (!work) return;
    const { interview, current } = work;
    if (!['scheduling', 'rescheduling', 'needs_attention'].includes(interview.state)) return;
    const inStep = work.wanted
      ? current?.state === 'live' && current.interviewVersion === interview.version
      : current === undefined && work.leaving.length === 0;
    if (!inStep) return;
    await tx.db
      .update(interviews)
      .set({ state: 'confirmed', updatedAt: new Date() })
      .where(eq(interviews.id, interviewId));
    await resolveSettledMeetingIncidents(tx, interviewId);
    await announceInterviewVersion(
      tx,
      {
        interviewId,
        organizationId: interview.organizationId,
        version: interview.version,
        kind: 'confirmed',
      },
      dependencies,
      logger,
    );
  });
}
