import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { zoomWebhookEvents } from '../../db/zoom-schema.ts';
import { applyZoomMeetingChange } from '../../interviews/meetings/apply-zoom-meeting-change.ts';
import type { Services } from '../../services.ts';
import { applyAppDeauthorized } from './apply-app-deauthorized.ts';
import { applyZoomUserChange } from './apply-zoom-user-change.ts';
import { zoomMeetingChangeOf } from './zoom-meeting-change-of.ts';
import type { ZoomChangeEvent } from './zoom-webhook-event.ts';

/** What receiving one webhook did. */
export interface ZoomWebhookOutcome {
  /** The same body was received before: nothing happened this time. */
  duplicate: boolean;
  /** Counts of what changed, as stored with the event (empty for duplicates). */
  effects: Record<string, number>;
}

/**
 * Applies a verified Zoom webhook exactly once. The event is recorded by the SHA-256 of its raw body
 * (Zoom redelivers the same bytes) in the same transaction as everything it changes, so:
 * - a redelivery or replay finds the record and has no effect (one status change, one admin email);
 * - a failure rolls back the record too, the route answers 500 and Zoom's retry applies it later.
 * The changes themselves are a few row updates, done inline so that an uninstall deletes the tokens before
 * the answer (the tokens of an uninstalled app are gone within a second); the mail to admins goes through
 * the job queue, enqueued in this transaction.
 */
export async function receiveZoomWebhook(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  event: ZoomChangeEvent,
  rawBody: Buffer,
): Promise<ZoomWebhookOutcome> {
  const bodyHash = createHash('sha256').update(rawBody).digest('hex');
  return services.database.transaction(async (tx) => {
    const [recorded] = await tx.db
      .insert(zoomWebhookEvents)
      .values({ bodyHash, event: event.event, zoomAccountId: event.payload.account_id })
      .onConflictDoNothing({ target: zoomWebhookEvents.bodyHash })
      .returning({ id: zoomWebhookEvents.id });
    if (!recorded) return { duplicate: true, effects: {} };
    const effects = await applyEvent(tx, services, event);
    const applied = Object.values(effects).some((count) => count > 0);
    await tx.db
      .update(zoomWebhookEvents)
      .set({ result: applied ? 'applied' : 'ignored', details: effects })
      .where(eq(zoomWebhookEvents.id, recorded.id));
    return { duplicate: false, effects };
  });
}

async function applyEvent(
  tx: Transaction,
  services: Pick<Services, 'queue' | 'zoom'>,
  event: ZoomChangeEvent,
): Promise<Record<string, number>> {
  switch (event.event) {
    case 'app_deauthorized':
      return applyAppDeauthorized(tx, services, event);
    case 'meeting.updated':
    case 'meeting.deleted':
      return { ...(await applyZoomMeetingChange(tx, services, zoomMeetingChangeOf(event))) };
    default:
      return applyZoomUserChange(tx, services, event);
  }
}
