import type { Logger } from 'pino';
import type { Transaction } from '../../db/database.ts';

/** A version of an interview the people on it should now hear about. */
export interface InterviewAnnouncement {
  interviewId: string;
  organizationId: string;
  version: number;
  /** `confirmed`: the meeting (if any) is live at this version; `cancelled`: the interview is off. */
  kind: 'confirmed' | 'cancelled';
}

/**
 * The one place invitations, updates and cancellations start from. It runs inside the transaction that
 * records the interview version as confirmed — for a Zoom interview, the one that stores its meeting
 * `live` at that version, so no invitation can go out before its join link exists, and none twice for
 * the same version (the transaction runs once per version reaching `live`). Notifications enqueue their
 * send jobs here, on `tx`.
 */
export async function announceInterviewVersion(
  _tx: Transaction,
  announcement: InterviewAnnouncement,
  logger: Pick<Logger, 'info'>,
): Promise<void> {
  logger.info({ ...announcement }, 'interview version ready to announce');
}
