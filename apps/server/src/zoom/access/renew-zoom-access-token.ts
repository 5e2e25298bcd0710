import { randomUUID } from 'node:crypto';
import {
  refreshZoomToken,
  requestZoomAccountToken,
  ZoomApiError,
  type ZoomTokenSet,
} from '@parley/zoom-client';
import { and, eq } from 'drizzle-orm';
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

/** Stores a new token set (and the rotated refresh token) in the transaction that ends the claim. */
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
 * How long a renewal's claim holds: well past the token request's own timeout (15 s), so a live renewer
 * always finishes within it; a renewer that died frees the connection when it lapses.
 */
export const renewalClaimMs = 45_000;
/** How often a caller waiting for another renewal looks whether it has ended. */
const claimPollMs = 100;

type Claim = RenewalOutcome | { kind: 'claimed'; row: ConnectionRow; claimId: string } | { kind: 'wait' };

/**
 * In one short transaction (the row locked for a moment): the stored token if it will do, else the claim
 * to renew it, or `wait` while another renewal's claim holds.
 */
function claimRenewal(
  services: Pick<Services, 'database' | 'secretBox'>,
  connectionId: string,
  replacing: string | undefined,
  refreshWithinMs: number,
): Promise<Claim> {
  return services.database.transaction(async (tx): Promise<Claim> => {
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
      const accessToken = services.secretBox.open(stored);
      return { kind: 'token', token: { accessToken, sealedAccessToken: stored, expiresAt: storedExpiry } };
    }
    if (row.renewingUntil && row.renewingUntil.getTime() > Date.now()) return { kind: 'wait' };
    const claimId = randomUUID();
    await tx.db
      .update(zoomConnections)
      .set({ renewalClaim: claimId, renewingUntil: new Date(Date.now() + renewalClaimMs) })
      .where(eq(zoomConnections.id, connectionId));
    return { kind: 'claimed', row, claimId };
  });
}

/** Waits, without a transaction, until the renewal another caller claimed has ended or its claim lapsed. */
async function waitForOtherRenewal(
  services: Pick<Services, 'database'>,
  connectionId: string,
): Promise<void> {
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, claimPollMs));
    const [row] = await services.database.db
      .select({ renewingUntil: zoomConnections.renewingUntil })
      .from(zoomConnections)
      .where(eq(zoomConnections.id, connectionId));
    if (!row?.renewingUntil || row.renewingUntil.getTime() <= Date.now()) return;
  }
}

/**
 * Asks Zoom for new tokens under `claim`, outside any transaction, then records the outcome and ends the
 * claim in a second short one. When the claim lapsed and someone else stored a token meanwhile, theirs is
 * kept and returned.
 */
async function renewClaimed(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  { row, claimId }: { row: ConnectionRow; claimId: string },
): Promise<RenewalOutcome> {
  let answer: { tokens: ZoomTokenSet } | { error: ZoomApiError };
  try {
    answer = { tokens: await requestNewTokens(services, row) };
  } catch (error) {
    if (!(error instanceof ZoomApiError)) {
      await endClaim(services, row.id, claimId);
      throw error;
    }
    answer = { error };
  }
  return services.database.transaction(async (tx): Promise<RenewalOutcome> => {
    const [current] = await tx.db
      .select()
      .from(zoomConnections)
      .where(eq(zoomConnections.id, row.id))
      .for('update');
    if (!current) return { kind: 'unusable', code: AppErrorCode.ZoomNotConnected };
    if (current.renewalClaim === claimId) {
      await tx.db
        .update(zoomConnections)
        .set({ renewalClaim: null, renewingUntil: null })
        .where(eq(zoomConnections.id, row.id));
    }
    // Another renewal stored a token after this claim lapsed: that one is current, whatever Zoom said here.
    if (
      current.sealedAccessToken &&
      current.accessTokenExpiresAt &&
      current.sealedAccessToken !== row.sealedAccessToken
    ) {
      const accessToken = services.secretBox.open(current.sealedAccessToken);
      const token = {
        accessToken,
        sealedAccessToken: current.sealedAccessToken,
        expiresAt: current.accessTokenExpiresAt,
      };
      return { kind: 'token', token };
    }
    if ('error' in answer) return recordFailure(tx, services, current, answer.error);
    return { kind: 'token', token: await storeTokens(tx, services, current, answer.tokens) };
  });
}

/** Ends a claim after an unexpected failure, so that others need not wait for it to lapse. */
async function endClaim(services: Pick<Services, 'database'>, connectionId: string, claimId: string) {
  await services.database.db
    .update(zoomConnections)
    .set({ renewalClaim: null, renewingUntil: null })
    .where(and(eq(zoomConnections.id, connectionId), eq(zoomConnections.renewalClaim, claimId)));
}

/** Zoom refused: a rejected grant moves the connection to `needs_reconnect`; anything else changes nothing. */
async function recordFailure(
  tx: Transaction,
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  row: ConnectionRow,
  error: ZoomApiError,
): Promise<RenewalOutcome> {
  const reason = rejectionReason(row, error);
  if (!reason) return { kind: 'failed', error };
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

/**
 * Gets a new access token for a connection: an OAuth refresh (Zoom rotates the refresh token) or, for
 * Server-to-Server, a new account token. One renewal at a time per connection across all server
 * processes, without holding a transaction across the call to Zoom (a slow Zoom would hold a pooled
 * connection and the row lock, and on PGlite the whole database): a short transaction claims the renewal
 * (`renewal_claim`, `renewing_until`), the call to Zoom runs outside it, and a second short one stores the
 * tokens (the rotated refresh token with them) and ends the claim. Others wait for the claim to end and
 * then find the new token instead of refreshing twice (which would fail: the old refresh token is dead). A
 * claim whose renewer died lapses after {@link renewalClaimMs}.
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
  let claim = await claimRenewal(services, connectionId, replacing, refreshWithinMs);
  while (claim.kind === 'wait') {
    await waitForOtherRenewal(services, connectionId);
    claim = await claimRenewal(services, connectionId, replacing, refreshWithinMs);
  }
  const outcome = claim.kind === 'claimed' ? await renewClaimed(services, claim) : claim;
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
