import { zoomAuditActions } from '@parley/api-contract';
import {
  exchangeZoomCode,
  getZoomUser,
  ZoomApiError,
  type ZoomTokenSet,
  type ZoomUser,
} from '@parley/zoom-client';
import { and, eq } from 'drizzle-orm';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import type { ZoomOAuthPurpose } from '../../db/zoom-schema.ts';
import { zoomAdminLinks, zoomConnections } from '../../db/zoom-schema.ts';
import type { Services } from '../../services.ts';
import { notifyAdminLinkUsed } from '../admin-links/notify-admin-link-used.job.ts';
import { withdrawPendingAdminLinks } from '../admin-links/withdraw-zoom-admin-link.ts';
import { syncZoomDirectory } from '../directory/sync-zoom-directory.job.ts';
import { zoomUserRole } from '../shared/zoom-user-facts.ts';
import { saveZoomConnection, type ZoomGrant } from './save-zoom-connection.ts';
import {
  type CallbackSession,
  type ConsumedZoomState,
  consumeZoomState,
  mayCompleteInThisBrowser,
} from './start-zoom-authorization.ts';

/** How an authorization ended (docs/zoom-api.md, "The result page"). */
export type ZoomAuthorizationOutcome =
  | 'connected'
  | 'access_denied'
  | 'state_invalid'
  | 'state_expired'
  | 'other_browser'
  | 'link_used'
  | 'link_expired'
  | 'not_zoom_admin'
  | 'wrong_zoom_account'
  | 'zoom_unavailable'
  | 'scopes_missing';

/** Where the result page is sent: `/zoom/result?flow=…&outcome=…[&zoomCode=…][&missing=a,b]`. */
export interface ZoomAuthorizationResult {
  flow: ZoomOAuthPurpose;
  outcome: ZoomAuthorizationOutcome;
  zoomCode?: number;
  missingScopes?: string[];
}

/** The query Zoom redirects back with. */
export interface ZoomCallbackQuery {
  code?: string;
  state?: string;
  error?: string;
}

/** Zoom's grant for the callback: tokens and who the token belongs to. */
interface VerifiedGrant {
  tokens: ZoomTokenSet;
  zoomUser: ZoomUser;
}

/**
 * `GET /oauth/zoom/callback` for all three flows. Consumes the state (single use); a callback in another
 * browser than the one that started an organization or personal flow is `other_browser` and its code is
 * never redeemed (see {@link mayCompleteInThisBrowser}). Then: Zoom's error
 * (`access_denied`) → that outcome; otherwise exchanges the code with the PKCE verifier, asks Zoom who
 * the token belongs to (`GET /users/me`) and stores the connection. An organization connection needs a
 * Zoom owner or admin (`not_zoom_admin` otherwise); an admin link must still be unused and, when the
 * organization was connected before, lead to the same Zoom account (`wrong_zoom_account`). Whatever goes
 * wrong, nothing is half-saved: the connection is written in one transaction after every check passed.
 * Every outcome but a bad state is in the audit log.
 */
export async function completeZoomAuthorization(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  query: ZoomCallbackQuery,
  caller: CallbackSession | null,
): Promise<ZoomAuthorizationResult> {
  const state = query.state ? await consumeZoomState(services, query.state) : undefined;
  if (!state) return { flow: 'organization', outcome: 'state_invalid' };
  const flow = state.purpose;
  if (!mayCompleteInThisBrowser(state, caller)) {
    await recordFailure(services, state, 'other_browser', { signedIn: caller !== null });
    return { flow, outcome: 'other_browser' };
  }
  if (state.expired) return { flow, outcome: 'state_expired' };
  if (query.error || !query.code) {
    const outcome = query.error === 'access_denied' ? 'access_denied' : 'zoom_unavailable';
    await recordFailure(services, state, outcome, { zoomError: query.error ?? 'no code' });
    return { flow, outcome };
  }
  if (flow === 'admin_link') {
    const linkProblem = await checkAdminLink(services, state);
    if (linkProblem) return { flow, outcome: linkProblem };
  }
  let grant: VerifiedGrant;
  try {
    grant = await redeemCode(services, state, query.code);
  } catch (error) {
    if (!(error instanceof ZoomApiError)) throw error;
    const zoomCode = error.code ?? (error.status > 0 ? error.status : undefined);
    await recordFailure(services, state, 'zoom_unavailable', {
      zoomCode,
      zoomMessage: error.message,
    });
    return {
      flow,
      outcome: 'zoom_unavailable',
      // Zoom's own code, else the HTTP status of its answer (none when Zoom could not be reached).
      ...(zoomCode === undefined ? {} : { zoomCode }),
    };
  }
  const role = zoomUserRole(grant.zoomUser) ?? 'member';
  if (flow !== 'personal' && role === 'member') {
    await recordFailure(services, state, 'not_zoom_admin', zoomFacts(grant.zoomUser, role));
    return { flow, outcome: 'not_zoom_admin' };
  }
  return storeGrant(services, state, grant, role);
}

async function redeemCode(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  state: ConsumedZoomState,
  code: string,
): Promise<VerifiedGrant> {
  const { zoom } = services;
  const tokens = await exchangeZoomCode({
    endpoints: zoom.endpoints,
    fetch: zoom.fetch,
    credentials: state.purpose === 'personal' ? zoom.personalApp : zoom.organizationApp,
    code,
    redirectUri: state.redirectUri,
    codeVerifier: state.codeVerifier,
  });
  const zoomUser = await getZoomUser(
    { endpoints: zoom.endpoints, fetch: zoom.fetch, accessToken: tokens.accessToken },
    'me',
  );
  return { tokens, zoomUser };
}

/** Before spending the code: is the admin link still pending? (Checked again, locked, when saving.) */
async function checkAdminLink(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  state: ConsumedZoomState,
): Promise<'link_used' | 'link_expired' | undefined> {
  if (!state.adminLinkId) return 'link_used';
  const [link] = await services.database.db
    .select()
    .from(zoomAdminLinks)
    .where(eq(zoomAdminLinks.id, state.adminLinkId));
  if (!link || link.usedAt || link.withdrawnAt) return 'link_used';
  if (link.expiresAt.getTime() <= Date.now()) return 'link_expired';
  return undefined;
}

function zoomFacts(zoomUser: ZoomUser, role: string): Record<string, unknown> {
  return { zoomAccountId: zoomUser.account_id ?? null, zoomUserEmail: zoomUser.email, zoomUserRole: role };
}

async function storeGrant(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  state: ConsumedZoomState,
  grant: VerifiedGrant,
  role: 'owner' | 'admin' | 'member',
): Promise<ZoomAuthorizationResult> {
  const flow = state.purpose;
  const result = await services.database.transaction(async (tx): Promise<ZoomAuthorizationResult> => {
    let connectedByUserId = state.userId;
    let usedLink: { id: string; createdByUserId: string } | undefined;
    if (flow === 'admin_link') {
      const [link] = await tx.db
        .select()
        .from(zoomAdminLinks)
        .where(eq(zoomAdminLinks.id, state.adminLinkId!))
        .for('update');
      if (!link || link.usedAt || link.withdrawnAt) return { flow, outcome: 'link_used' };
      if (link.expiresAt.getTime() <= Date.now()) return { flow, outcome: 'link_expired' };
      const [current] = await tx.db
        .select({ zoomAccountId: zoomConnections.zoomAccountId })
        .from(zoomConnections)
        .where(
          and(
            eq(zoomConnections.organizationId, state.organizationId),
            eq(zoomConnections.kind, 'organization'),
          ),
        );
      const expected = link.expectedZoomAccountId ?? current?.zoomAccountId;
      if (expected && expected !== grant.zoomUser.account_id) return { flow, outcome: 'wrong_zoom_account' };
      await tx.db.update(zoomAdminLinks).set({ usedAt: new Date() }).where(eq(zoomAdminLinks.id, link.id));
      connectedByUserId = link.createdByUserId;
      usedLink = link;
    }
    const zoomGrant: ZoomGrant = {
      organizationId: state.organizationId,
      kind: flow === 'personal' ? 'personal' : 'organization',
      userId: flow === 'personal' ? state.userId : null,
      authType: 'oauth',
      tokens: grant.tokens,
      zoomUser: grant.zoomUser,
      zoomUserRole: role,
      connectedByUserId,
      actorUserId: state.userId,
      via: flow === 'admin_link' ? 'admin_link' : 'oauth',
    };
    const saved = await saveZoomConnection(tx, services.secretBox, zoomGrant);
    if (flow !== 'personal') await withdrawPendingAdminLinks(tx, state.organizationId);
    if (flow !== 'personal' && saved.status === 'connected') {
      await services.queue.enqueue(tx, syncZoomDirectory, { organizationId: state.organizationId });
    }
    if (usedLink) {
      await services.queue.enqueue(tx, notifyAdminLinkUsed, {
        adminLinkId: usedLink.id,
        organizationId: state.organizationId,
        createdByUserId: usedLink.createdByUserId,
        zoomUserEmail: grant.zoomUser.email,
        outcome: saved.status === 'connected' ? 'connected' : 'scopes_missing',
      });
    }
    return saved.status === 'connected'
      ? { flow, outcome: 'connected' }
      : { flow, outcome: 'scopes_missing', missingScopes: saved.missingScopes.required };
  });
  if (
    result.outcome === 'link_used' ||
    result.outcome === 'link_expired' ||
    result.outcome === 'wrong_zoom_account'
  ) {
    await recordFailure(services, state, result.outcome, zoomFacts(grant.zoomUser, role));
  }
  return result;
}

async function recordFailure(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  state: ConsumedZoomState,
  outcome: ZoomAuthorizationOutcome,
  details: Record<string, unknown>,
): Promise<void> {
  await services.database.transaction((tx) =>
    recordAuditEvent(tx, {
      organizationId: state.organizationId,
      actorUserId: state.userId,
      action:
        state.purpose === 'personal'
          ? zoomAuditActions.personalConnectFailed
          : zoomAuditActions.organizationConnectFailed,
      result: 'failure',
      metadata: {
        zoomAccountId: null,
        zoomUserEmail: null,
        ...details,
        outcome,
        via: state.purpose === 'admin_link' ? 'admin_link' : 'oauth',
      },
    }),
  );
}
