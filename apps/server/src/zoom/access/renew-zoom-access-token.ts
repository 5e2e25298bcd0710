import {
  refreshZoomToken,
  requestZoomAccountToken,
  ZoomApiError,
  type ZoomTokenSet,
} from '@parley/zoom-client';
import { eq } from 'drizzle-orm';
import type { Transaction } from '../../db/database.ts';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import type { Services } from '../../services.ts';
import { markZoomConnectionStatus } from './mark-zoom-connection-status.ts';
import { zoomAppError } from './zoom-app-error.ts';

/** Access tokens with less than this left are renewed before use (Zoom's live one hour). */
export const refreshAheadMs = 5 * 60 * 1000;

/** An access token ready to use, and its sealed form (which identifies it: every seal is unique). */
export interface UsableAccessToken {
  accessToken: string;
  sealedAccessToken: string;
  expiresAt: Date;
}

type RenewalOutcome =
  | { kind: 'token'; token: UsableAccessToken }
  | { kind: 'unusable'; code: AppErrorCode }
  /** Zoom rejected the grant or credentials: the connection now needs a reconnect. */
  | { kind: 'rejected'; error: ZoomApiError }
  | { kind: 'failed'; error: ZoomApiError };

type ConnectionRow = typeof zoomConnections.$inferSelect;

/**
 * Whether a token-endpoint failure means the stored grant is gone for good. For OAuth: `invalid_grant`,
 * 4735 or 4741 (reason `refresh_rejected`). For Server-to-Server any 4xx: the credentials no longer work
 * (reason `credentials_rejected`). Everything else (Zoom down, 5xx) leaves the connection as it is.
 */
function rejectionReason(row: ConnectionRow, error: ZoomApiError) {
  if (row.authType === 'oauth') return error.requiresReauthorization ? 'refresh_rejected' : undefined;
  return error.status >= 400 && error.status < 500 ? 'credentials_rejected' : undefined;
}

function requestNewTokens(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  row: ConnectionRow,
): Promise<ZoomTokenSet> {
  const { zoom, secretBox } = services;
  const common = { endpoints: zoom.endpoints, fetch: zoom.fetch };
  if (row.authType === 'server_to_server') {
    if (!row.s2sAccountId || !row.s2sClientId || !row.sealedS2sClientSecret) {
      throw new Error(`Server-to-Server connection ${row.id} lacks its credentials`);
    }
    return requestZoomAccountToken({
      ...common,
      credentials: { clientId: row.s2sClientId, clientSecret: secretBox.open(row.sealedS2sClientSecret) },
      accountId: row.s2sAccountId,
    });
  }
  if (!row.sealedRefreshToken) throw new Error(`OAuth connection ${row.id} has no refresh token`);
  const app = row.kind === 'organization' ? zoom.organizationApp : zoom.personalApp;
  return refreshZoomToken({
    ...common,
    credentials: app,
    refreshToken: secretBox.open(row.sealedRefreshToken),
  });
}

/** Stores a new token set (and the rotated refresh token) in the transaction that holds the row lock. */
async function storeTokens(
  tx: Transaction,
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  row: ConnectionRow,
  tokens: ZoomTokenSet,
): Promise<UsableAccessToken> {
  const { secretBox } = services;
  const sealedAccessToken = secretBox.seal(tokens.accessToken);
  const sealedSecret = row.sealedS2sClientSecret;
  await tx.db
    .update(zoomConnections)
    .set({
      sealedAccessToken,
      accessTokenExpiresAt: tokens.expiresAt,
      ...(tokens.refreshToken ? { sealedRefreshToken: secretBox.seal(tokens.refreshToken) } : {}),
      ...(tokens.scopes.length > 0 ? { scopes: tokens.scopes } : {}),
      ...(tokens.apiUrl ? { apiUrl: tokens.apiUrl } : {}),
      // Key rotation: a secret still sealed with the previous key is sealed again with the current one.
      ...(sealedSecret && !secretBox.isCurrent(sealedSecret)
        ? { sealedS2sClientSecret: secretBox.seal(secretBox.open(sealedSecret)) }
        : {}),
      updatedAt: new Date(),
    })
    .where(eq(zoomConnections.id, row.id));
  return { accessToken: tokens.accessToken, sealedAccessToken, expiresAt: tokens.expiresAt };
}

/**
 * Gets a new access token for a connection: an OAuth refresh (Zoom rotates the refresh token) or, for
 * Server-to-Server, a new account token. One renewal at a time per connection across all server
 * processes: the connection row is locked (`SELECT … FOR UPDATE`) for the whole exchange, and after the
 * lock is granted the row is read again, so a token another process just obtained is reused instead of
 * refreshed twice (which would fail: the old refresh token is dead). The rotated refresh token is stored
 * in that same transaction.
 *
 * `replacing` is the sealed token the caller found unusable (Zoom said 124); without it the renewal is
 * ahead of expiry and is skipped when the stored token has more than `refreshWithinMs` (default
 * {@link refreshAheadMs}) left — the health check passes a longer window to keep tokens fresh.
 *
 * Zoom rejecting the grant moves the connection to `needs_reconnect` (audit event, admins emailed) and
 * throws ZOOM_NEEDS_RECONNECT; there is no retry loop. Zoom being unreachable throws ZOOM_UNAVAILABLE and
 * changes nothing.
 */
export async function renewZoomAccessToken(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  connectionId: string,
  replacing?: string,
  refreshWithinMs = refreshAheadMs,
): Promise<UsableAccessToken> {
  const outcome = await services.database.transaction(async (tx): Promise<RenewalOutcome> => {
    const [row] = await tx.db
      .select()
      .from(zoomConnections)
      .where(eq(zoomConnections.id, connectionId))
      .for('update');
    if (!row) return { kind: 'unusable', code: AppErrorCode.ZoomNotConnected };
    if (row.status !== 'connected') return { kind: 'unusable', code: AppErrorCode.ZoomNeedsReconnect };
    const stored = row.sealedAccessToken;
    const storedExpiry = row.accessTokenExpiresAt;
    const renewedMeanwhile = replacing !== undefined && stored !== null && stored !== replacing;
    const stillFresh =
      storedExpiry !== null && storedExpiry.getTime() - Date.now() > (replacing ? 0 : refreshWithinMs);
    if (stored && storedExpiry && (renewedMeanwhile || (replacing === undefined && stillFresh))) {
      return {
        kind: 'token',
        token: {
          accessToken: services.secretBox.open(stored),
          sealedAccessToken: stored,
          expiresAt: storedExpiry,
        },
      };
    }
    let tokens: ZoomTokenSet;
    try {
      tokens = await requestNewTokens(services, row);
    } catch (error) {
      if (!(error instanceof ZoomApiError)) throw error;
      const reason = rejectionReason(row, error);
      if (reason) {
        await markZoomConnectionStatus(tx, services, {
          connectionId: row.id,
          status: 'needs_reconnect',
          reason,
          actorUserId: null,
          details: { zoomCode: error.code, oauthError: error.oauthError, zoomMessage: error.message },
          problem: { code: reason, zoomCode: error.code, zoomMessage: error.message },
        });
        return { kind: 'rejected', error };
      }
      return { kind: 'failed', error };
    }
    return { kind: 'token', token: await storeTokens(tx, services, row, tokens) };
  });
  switch (outcome.kind) {
    case 'token':
      return outcome.token;
    case 'unusable':
      throw new AppError(outcome.code);
    case 'rejected':
      throw new AppError(AppErrorCode.ZoomNeedsReconnect, {
        cause: outcome.error,
        details: zoomAppError(outcome.error).details,
      });
    case 'failed':
      throw zoomAppError(outcome.error);
  }
}
