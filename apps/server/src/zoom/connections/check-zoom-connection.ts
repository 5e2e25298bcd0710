import { getZoomUser, type ZoomUser } from '@parley/zoom-client';
import { eq } from 'drizzle-orm';
import { type StoredZoomProblem, zoomConnections } from '../../db/zoom-schema.ts';
import { AppError } from '../../errors/app-error.ts';
import type { Services } from '../../services.ts';
import { markZoomConnectionStatus } from '../access/mark-zoom-connection-status.ts';
import { renewZoomAccessToken } from '../access/renew-zoom-access-token.ts';
import type { ZoomConnectionRow } from '../access/resolve-zoom-access.ts';
import { withZoomAccess } from '../access/with-zoom-access.ts';
import { zoomApiErrorOf } from '../access/zoom-app-error.ts';
import { zoomUserRole } from '../shared/zoom-user-facts.ts';
import { zoomUserName } from './save-zoom-connection.ts';
import { findMissingZoomScopes } from './zoom-scopes.ts';

/** What a check found. */
export interface ZoomCheckResult {
  ok: boolean;
  problem: StoredZoomProblem | null;
}

/** Options of {@link checkZoomConnection}. */
export interface CheckZoomConnectionOptions {
  /**
   * Renew the access token when it has less than this left (the health job passes its interval plus a
   * margin, so no user call ever waits for a refresh and refresh tokens stay in use). Default 5 minutes.
   */
  refreshWithinMs?: number;
}

/**
 * Checks that a connection still works and stores the result (`last_check_at/ok/problem`): renews
 * the token when due, asks Zoom `GET /users/me`, and compares what it finds with what Parley needs —
 * the granted scopes (a required scope missing → `needs_reconnect`, reason `scopes_missing`; an optional
 * one only a problem), and for an organization OAuth connection whether its Zoom user is still an owner or
 * admin (else `needs_reconnect`, reason `zoom_admin_role_lost`). A rejected refresh is handled by the
 * token renewal (`refresh_rejected`). Zoom being unreachable is a problem but changes no status. A
 * connection that is not `connected` is not contacted; its status reason stays its problem.
 */
export async function checkZoomConnection(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  connectionId: string,
  options: CheckZoomConnectionOptions = {},
): Promise<ZoomCheckResult | undefined> {
  const row = await loadConnection(services, connectionId);
  if (!row) return undefined;
  if (row.status !== 'connected') {
    await storeCheck(services, connectionId, { ok: false, problem: row.lastCheckProblem });
    return { ok: false, problem: row.lastCheckProblem };
  }
  let me: ZoomUser;
  try {
    if (options.refreshWithinMs)
      await renewZoomAccessToken(services, connectionId, undefined, options.refreshWithinMs);
    me = await withZoomAccess(services, connectionId, (rest) => getZoomUser(rest, 'me'));
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    const zoomError = zoomApiErrorOf(error);
    const after = await loadConnection(services, connectionId);
    const problem: StoredZoomProblem =
      after && after.status !== 'connected' && after.lastCheckProblem
        ? after.lastCheckProblem
        : {
            code: 'zoom_unavailable',
            ...(zoomError?.code === undefined ? {} : { zoomCode: zoomError.code }),
            ...(zoomError ? { zoomMessage: zoomError.message } : {}),
          };
    await storeCheck(services, connectionId, { ok: false, problem });
    return { ok: false, problem };
  }
  return recordFindings(services, connectionId, me);
}

async function loadConnection(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  connectionId: string,
): Promise<ZoomConnectionRow | undefined> {
  const [row] = await services.database.db
    .select()
    .from(zoomConnections)
    .where(eq(zoomConnections.id, connectionId));
  return row;
}

async function storeCheck(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  connectionId: string,
  result: ZoomCheckResult,
): Promise<void> {
  await services.database.db
    .update(zoomConnections)
    .set({ lastCheckAt: new Date(), lastCheckOk: result.ok, lastCheckProblem: result.problem })
    .where(eq(zoomConnections.id, connectionId));
}

async function recordFindings(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  connectionId: string,
  me: ZoomUser,
): Promise<ZoomCheckResult> {
  return services.database.transaction(async (tx) => {
    const [row] = await tx.db
      .select()
      .from(zoomConnections)
      .where(eq(zoomConnections.id, connectionId))
      .for('update');
    if (!row) return { ok: false, problem: null };
    const missing = findMissingZoomScopes(row.kind, row.scopes);
    const allMissing = [...missing.required, ...missing.optional];
    const scopeProblem: StoredZoomProblem | null =
      allMissing.length > 0 ? { code: 'scopes_missing', missingScopes: allMissing } : null;
    const role = zoomUserRole(me);
    const roleLost = row.kind === 'organization' && row.authType === 'oauth' && role === 'member';
    let problem = scopeProblem;
    if (roleLost) {
      problem = { code: 'zoom_admin_role_lost' };
      await markZoomConnectionStatus(tx, services, {
        connectionId,
        status: 'needs_reconnect',
        reason: 'zoom_admin_role_lost',
        actorUserId: null,
        details: { detectedBy: 'health_check', zoomUserRole: role },
        problem,
      });
    } else if (missing.required.length > 0) {
      await markZoomConnectionStatus(tx, services, {
        connectionId,
        status: 'needs_reconnect',
        reason: 'scopes_missing',
        actorUserId: null,
        details: { detectedBy: 'health_check', missingScopes: allMissing },
        problem: scopeProblem ?? undefined,
      });
    }
    await tx.db
      .update(zoomConnections)
      .set({
        lastCheckAt: new Date(),
        lastCheckOk: problem === null,
        lastCheckProblem: problem,
        zoomUserEmail: me.email,
        zoomUserName: zoomUserName(me),
        ...(role ? { zoomUserRole: role } : {}),
      })
      .where(eq(zoomConnections.id, connectionId));
    return { ok: problem === null, problem };
  });
}
