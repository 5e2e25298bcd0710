import { zoomAuditActions } from '@parley/api-contract';
import {
  getZoomUser,
  requestZoomAccountToken,
  ZoomApiError,
  type ZoomTokenSet,
  type ZoomUser,
} from '@parley/zoom-client';
import type { Actor } from '../../actor.ts';
import { recordAuditEvent } from '../../audit/record-audit-event.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import type { Services } from '../../services.ts';
import { describeZoomFailure, zoomAppError } from '../access/zoom-app-error.ts';

/** A Server-to-Server app's credentials as an admin enters them. */
export interface ServerToServerCredentials {
  accountId: string;
  clientId: string;
  clientSecret: string;
}

/** What a successful test found: a token, and the account owner behind it. */
export interface ServerToServerTest {
  tokens: ZoomTokenSet;
  owner: ZoomUser;
}

/**
 * Asks Zoom for an account token with the credentials and reads the account owner (`/users/me` is the
 * owner for S2S tokens). Zoom refusing the credentials (any 4xx from the token endpoint) →
 * ZOOM_CREDENTIALS_REJECTED, whose detail carries Zoom's code and reason; Zoom unreachable →
 * ZOOM_UNAVAILABLE. The attempt is audited (`zoom.organization.server_to_server_tested`), never the secret.
 */
export async function testServerToServerCredentials(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  actor: Actor,
  credentials: ServerToServerCredentials,
): Promise<ServerToServerTest> {
  const { zoom } = services;
  try {
    const tokens = await requestZoomAccountToken({
      endpoints: zoom.endpoints,
      fetch: zoom.fetch,
      credentials: { clientId: credentials.clientId, clientSecret: credentials.clientSecret },
      accountId: credentials.accountId,
    });
    const owner = await getZoomUser(
      { endpoints: zoom.endpoints, fetch: zoom.fetch, accessToken: tokens.accessToken },
      'me',
    );
    await recordTest(services, actor, credentials, 'success', {
      zoomAccountId: owner.account_id ?? credentials.accountId,
      zoomUserEmail: owner.email,
    });
    return { tokens, owner };
  } catch (error) {
    if (!(error instanceof ZoomApiError)) throw error;
    const rejected = error.status >= 400 && error.status < 500;
    await recordTest(services, actor, credentials, 'failure', {
      zoomAccountId: credentials.accountId,
      zoomUserEmail: null,
      zoomCode: error.code,
      zoomMessage: error.message,
    });
    if (!rejected) throw zoomAppError(error);
    throw new AppError(AppErrorCode.ZoomCredentialsRejected, {
      cause: error,
      details: [{ path: 'credentials', message: describeZoomFailure(error) }],
    });
  }
}

function recordTest(
  services: Pick<Services, 'database' | 'secretBox' | 'zoom' | 'queue'>,
  actor: Actor,
  credentials: ServerToServerCredentials,
  result: 'success' | 'failure',
  metadata: Record<string, unknown>,
): Promise<void> {
  return services.database.transaction((tx) =>
    recordAuditEvent(tx, {
      organizationId: actor.organizationId,
      actorUserId: actor.userId,
      action: zoomAuditActions.serverToServerTested,
      result,
      metadata: { ...metadata, clientId: credentials.clientId },
    }),
  );
}
