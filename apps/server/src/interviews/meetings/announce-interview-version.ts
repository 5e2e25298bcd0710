import type { Logger } from 'pino';
import type { Transaction } from '../../db/database.ts';
import { enqueueInterviewMessages } from '../../notifications/delivery/enqueue-interview-messages.ts';
import type { Services } from '../../services.ts';
import { loadInterviewSnapshot } from './load-interview-snapshot.ts';

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
 * the same version (the transaction runs once per version reaching `live`, and each message is keyed by
 * interview, version, person and kind). The messages are enqueued on `tx`.
 */
export async function announceInterviewVersion(
  tx: Transaction,
  announcement: InterviewAnnouncement,
  services: Pick<Services, 'queue'>,
  logger: Pick<Logger, 'info'>,
): Promise<void> {
  const snapshot = await loadInterviewSnapshot(tx.db, announcement.interviewId);
  if (!snapshot) return;
  const messages = await enqueueInterviewMessages(tx, services, snapshot, announcement.kind);
  logger.info({ ...announcement, messages }, 'interview version announced');
}
