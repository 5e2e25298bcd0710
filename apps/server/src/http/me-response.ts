import type { Me } from '@parley/api-contract';
import { getUserWithOrganization } from '../accounts/get-user.ts';
import { csrfTokenForSession } from '../accounts/sessions.ts';
import type { Services } from '../services.ts';
import { toUserResponse } from './api-responses.ts';

/** The `Me` answer (docs/api.md) for a user and the session token of their current session. */
export async function buildMeResponse(
  services: Pick<Services, 'database' | 'devMailbox'>,
  identity: { organizationId: string; userId: string },
  sessionToken: string,
): Promise<Me> {
  const { user, organization } = await getUserWithOrganization(
    services.database.db,
    identity.organizationId,
    identity.userId,
  );
  return {
    user: toUserResponse(user),
    organization,
    csrfToken: csrfTokenForSession(sessionToken),
    features: { devMailbox: services.devMailbox },
  };
}
