import { ZoomApiError, type ZoomRestOptions } from '@parley/zoom-client';
import { and, eq, isNull, lt, or } from 'drizzle-orm';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import type { Services } from '../../services.ts';
import { refreshAheadMs, renewZoomAccessToken, type UsableAccessToken } from './renew-zoom-access-token.ts';
import { zoomAppError } from './zoom-app-error.ts';

/** The connection a call runs on, for calls that need to know whose Zoom it is. */
export interface ZoomConnectionSummary {
  id: string;
  organizationId: string;
  kind: 'organization' | 'personal';
  /** The owner of a personal connection. */
  userId: string | null;
  authType: 'oauth' | 'server_to_server';
  zoomAccountId: string;
  zoomUserId: string;
  zoomUserEmail: string;
}

/** `last_used_at` is written at most this often per connection, so a burst of calls is not a burst of writes. */
const lastUsedResolutionMs = 30_000;

async function loadUsableConnection(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  connectionId: string,
): Promise<{ summary: ZoomConnectionSummary; token: UsableAccessToken | undefined }> {
  const [row] = await services.database.db
    .select()
    .from(zoomConnections)
    .where(eq(zoomConnections.id, connectionId));
  if (!row) throw new AppError(AppErrorCode.ZoomNotConnected);
  if (row.status !== 'connected') throw new AppError(AppErrorCode.ZoomNeedsReconnect);
  const summary: ZoomConnectionSummary = {
    id: row.id,
    organizationId: row.organizationId,
    kind: row.kind,
    userId: row.userId,
    authType: row.authType,
    zoomAccountId: row.zoomAccountId,
    zoomUserId: row.zoomUserId,
    zoomUserEmail: row.zoomUserEmail,
  };
  const fresh =
    row.sealedAccessToken &&
    row.accessTokenExpiresAt &&
    row.accessTokenExpiresAt.getTime() - Date.now() > refreshAheadMs;
  const token = fresh
    ? {
        accessToken: services.secretBox.open(row.sealedAccessToken!),
        sealedAccessToken: row.sealedAccessToken!,
        expiresAt: row.accessTokenExpiresAt!,
      }
    : undefined;
  return { summary, token };
}

async function recordUse(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  connectionId: string,
): Promise<void> {
  const now = new Date();
  await services.database.db
    .update(zoomConnections)
    .set({ lastUsedAt: now })
    .where(
      and(
        eq(zoomConnections.id, connectionId),
        or(
          isNull(zoomConnections.lastUsedAt),
          lt(zoomConnections.lastUsedAt, new Date(now.getTime() - lastUsedResolutionMs)),
        ),
      ),
    );
}

/**
 * Runs `call` against Zoom with a working access token of the connection — the one place that turns a
 * stored connection into Zoom calls:
 * - a token with less than 5 minutes left is renewed first (see {@link renewZoomAccessToken}: one renewal
 *   at a time per connection across all processes);
 * - when Zoom answers 124 (invalid or expired token), the token is renewed once and `call` retried once;
 * - a connection that is not `connected` is never used: ZOOM_NOT_CONNECTED or ZOOM_NEEDS_RECONNECT;
 * - every other Zoom failure reaches the caller as an AppError (ZOOM_NEEDS_RECONNECT or ZOOM_UNAVAILABLE)
 *   whose `cause` is the ZoomApiError with Zoom's code;
 * - success records the connection's last use.
 */
export async function withZoomAccess<T>(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  connectionId: string,
  call: (rest: ZoomRestOptions, connection: ZoomConnectionSummary) => Promise<T>,
): Promise<T> {
  const { summary, token: freshToken } = await loadUsableConnection(services, connectionId);
  const restOptions = (token: UsableAccessToken): ZoomRestOptions => ({
    endpoints: services.zoom.endpoints,
    fetch: services.zoom.fetch,
    accessToken: token.accessToken,
  });
  let token = freshToken ?? (await renewZoomAccessToken(services, connectionId));
  let result: T;
  try {
    result = await call(restOptions(token), summary);
  } catch (error) {
    if (!(error instanceof ZoomApiError)) throw error;
    if (!error.isInvalidAccessToken) throw zoomAppError(error);
    token = await renewZoomAccessToken(services, connectionId, token.sealedAccessToken);
    try {
      result = await call(restOptions(token), summary);
    } catch (retryError) {
      if (retryError instanceof ZoomApiError) throw zoomAppError(retryError);
      throw retryError;
    }
  }
  await recordUse(services, connectionId);
  return result;
}
