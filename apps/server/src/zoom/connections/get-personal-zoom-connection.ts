import type { Actor } from '../../actor.ts';
import type { Db } from '../../db/database.ts';
import { describeZoomAccess } from '../access/resolve-zoom-access.ts';
import {
  isoOrNull as iso,
  type ZoomConnectionStatusView,
  type ZoomProblemView,
  zoomProblemView,
} from './zoom-problem-view.ts';

/** docs/zoom-api.md `PersonalZoomConnection`. */
export interface PersonalZoomConnectionView {
  status: ZoomConnectionStatusView;
  statusReason: string | null;
  zoomUser: { id: string; email: string; name: string } | null;
  connectedAt: string | null;
  lastUsedAt: string | null;
  problem: ZoomProblemView | null;
  effective: { source: 'personal' | 'organization' | 'none'; zoomEmail: string | null; usable: boolean };
}

/** The actor's personal Zoom connection, and which Zoom access their meetings use now. */
export async function getPersonalZoomConnection(db: Db, actor: Actor): Promise<PersonalZoomConnectionView> {
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
