import type { Logger } from 'pino';
import { z } from 'zod';
import type { Database } from '../db/database.ts';

/** The channel the database triggers of migrations 0008, 0009 and 0010 notify on. */
export const changesChannel = 'parley_changes';

/**
 * What changed, as coarse as pages need it: a topic names a group of reads the web app refetches
 * (`zoom`: connections, hosts, links, rooms, Zoom users; `accounts`: users and invitations; `interviews`:
 * interviews and their Zoom meetings; `notifications`: the admins' incidents). No row data
 * travels, so a listener learns nothing it could not read anyway.
 */
export const changeTopicSchema = z.enum(['zoom', 'accounts', 'interviews', 'notifications']);
export type ChangeTopic = z.infer<typeof changeTopicSchema>;

/** One notification: `everything` after the listener was disconnected and may have missed some. */
export type Change = { topic: ChangeTopic } | { topic: 'everything' };

const notificationSchema = z.object({ organizationId: z.uuid(), topic: changeTopicSchema });

/** Fans the database's change notifications out to the open pages of each organization. */
export interface ChangeFeed {
  /** Calls `listener` for each change in the organization until the returned function is called. */
  subscribe(organizationId: string, listener: (change: Change) => void): () => void;
  close(): Promise<void>;
}

/**
 * Listens on {@link changesChannel} once per process; every instance gets every notification, so a page
 * learns of a change whichever instance (HTTP request, job, webhook) made it.
 */
export async function startChangeFeed(database: Database, logger: Logger): Promise<ChangeFeed> {
  const listeners = new Map<string, Set<(change: Change) => void>>();
  const deliver = (organizationId: string, change: Change) => {
    for (const listener of listeners.get(organizationId) ?? []) listener(change);
  };
  const unlisten = await database.listen(
    changesChannel,
    (payload) => {
      const parsed = notificationSchema.safeParse(safeJson(payload));
      if (!parsed.success) {
        logger.warn({ channel: changesChannel }, 'ignored a malformed change notification');
        return;
      }
      deliver(parsed.data.organizationId, { topic: parsed.data.topic });
    },
    () => {
      for (const organizationId of listeners.keys()) deliver(organizationId, { topic: 'everything' });
    },
  );
  return {
    subscribe(organizationId, listener) {
      const organizationListeners = listeners.get(organizationId) ?? new Set();
      organizationListeners.add(listener);
      listeners.set(organizationId, organizationListeners);
      return () => {
        organizationListeners.delete(listener);
        if (organizationListeners.size === 0) listeners.delete(organizationId);
      };
    },
    close: () => unlisten(),
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
