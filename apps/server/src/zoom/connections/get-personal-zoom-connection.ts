import type { PersonalZoomConnection } from '@parley/api-contract';
import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { describeZoomAccess } from '../access/resolve-zoom-access.ts';
import { isoOrNull as iso, zoomProblemView } from './zoom-problem-view.ts';

/** The actor's personal Zoom connection, and which Zoom access their meetings use now. */
export async function getPersonalZoomConnection(db: Db, actor: Actor): Promise<PersonalZoomConnection> {
  const choice = await describeZoomAccess(db, actor.userId);
  const row = choice.source === 'personal' ? choice.connection : null;
  return {
    status: row?.status ?? 'not_connected',
    statusReason: row?.statusReason ?? null,
    zoomUser: row ? { id: row.zoomUserId, email: row.zoomUserEmail, name: row.zoomUserName } : null,
    connectedAt: iso(row?.connectedAt ?? null),
    lastUsedAt: iso(row?.lastUsedAt ?? null),
    problem: row ? zoomProblemView(row, actor.language) : null,
    effective: {
      source: choice.source,
      zoomEmail: choice.connection?.zoomUserEmail ?? null,
      usable: choice.usable,
    },
  };
}
