import { buildZoomAuthorizeUrl } from '@parley/zoom-client';
import { eq, lt } from 'drizzle-orm';
import type { Db } from '../../db/database.ts';
import { type ZoomOAuthPurpose, zoomOAuthStates } from '../../db/zoom-schema.ts';
import { hashToken } from '../../secrets/tokens.ts';
import type { Services } from '../../services.ts';

/** How long a started authorization may take until Zoom redirects back. */
const oauthStateLifetimeMs = 10 * 60 * 1000;

/** Who an authorization is for. */
export interface ZoomAuthorizationIntent {
  purpose: ZoomOAuthPurpose;
  organizationId: string;
  /** The signed-in Parley user (organization and personal flows); null for an admin link. */
  userId: string | null;
  /** The session (browser) of that user, the only one that may complete the flow; null for an admin link. */
  sessionId: string | null;
  adminLinkId?: string;
}

/** The Parley session a callback arrives with; null when the browser has no live session cookie. */
export interface CallbackSession {
  sessionId: string;
  userId: string;
}

/**
 * Whether the browser completing an authorization is allowed to. The organization and personal flows must
 * end in the very session (and user) that started them: otherwise anyone could start a flow and get
 * someone else's browser to finish it — Zoom skips its consent page for an app already authorized — and
 * the victim's Zoom account would be attached to the starter's Parley user or organization.
 *
 * An admin link is the deliberate exception: it is made for a Zoom admin who has no Parley login and
 * opens it in their own browser. The link token is their credential (single use, expiring, withdrawable),
 * it connects only the organization that created it, and to the Zoom account it expects.
 */
export function mayCompleteInThisBrowser(
  state: ZoomAuthorizationIntent,
  caller: CallbackSession | null,
): boolean {
  switch (state.purpose) {
    case 'admin_link':
      return true;
    case 'organization':
    case 'personal':
      return (
        caller !== null &&
        state.sessionId !== null &&
        caller.sessionId === state.sessionId &&
        caller.userId === state.userId
      );
  }
}

/**
 * Starts an OAuth authorization with Zoom: a single-use `state` (stored as a hash, valid 10 minutes) and a
 * PKCE verifier (stored sealed) bound to who started it, and in which session (see
 * {@link mayCompleteInThisBrowser}). Returns the URL of Zoom's consent page: the
 * user-managed app for personal connections, the admin-managed app otherwise.
 */
export async function startZoomAuthorization(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom'>,
  intent: ZoomAuthorizationIntent,
): Promise<{ authorizeUrl: string }> {
  const { zoom } = services;
  const app = intent.purpose === 'personal' ? zoom.personalApp : zoom.organizationApp;
  const request = await buildZoomAuthorizeUrl({
    endpoints: zoom.endpoints,
    clientId: app.clientId,
    redirectUri: zoom.redirectUri,
  });
  const now = new Date();
  await services.database.db.insert(zoomOAuthStates).values({
    stateHash: hashToken(request.state),
    purpose: intent.purpose,
    organizationId: intent.organizationId,
    userId: intent.userId,
    adminLinkId: intent.adminLinkId ?? null,
    sessionId: intent.sessionId,
    sealedCodeVerifier: services.secretBox.seal(request.codeVerifier),
    redirectUri: zoom.redirectUri,
    expiresAt: new Date(now.getTime() + oauthStateLifetimeMs),
  });
  await deleteStaleStates(services.database.db, now);
  return { authorizeUrl: request.url.href };
}

/** States abandoned a day ago are only clutter (expired ones stay a day to answer `state_expired`). */
async function deleteStaleStates(db: Db, now: Date): Promise<void> {
  await db.delete(zoomOAuthStates).where(lt(zoomOAuthStates.expiresAt, new Date(now.getTime() - 86_400_000)));
}

/** A consumed state: what the authorization was for, with the PKCE verifier opened. */
export interface ConsumedZoomState extends ZoomAuthorizationIntent {
  codeVerifier: string;
  redirectUri: string;
  expired: boolean;
}

/**
 * Takes a state out of the store (single use: a second callback with it finds nothing). Undefined when the
 * state is unknown, tampered with or used; `expired` when older than 10 minutes.
 */
export async function consumeZoomState(
  services: Pick<Services, 'database' | 'secretBox'>,
  state: string,
): Promise<ConsumedZoomState | undefined> {
  const [row] = await services.database.db
    .delete(zoomOAuthStates)
    .where(eq(zoomOAuthStates.stateHash, hashToken(state)))
    .returning();
  if (!row) return undefined;
  return {
    purpose: row.purpose,
    organizationId: row.organizationId,
    userId: row.userId,
    sessionId: row.sessionId,
    adminLinkId: row.adminLinkId ?? undefined,
    codeVerifier: services.secretBox.open(row.sealedCodeVerifier),
    redirectUri: row.redirectUri,
    expired: row.expiresAt.getTime() < Date.now(),
  };
}
