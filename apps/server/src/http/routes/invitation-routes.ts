import {
  errorSchema,
  idParamsSchema,
  invitationAcceptanceSchema,
  invitationAnswerSchema,
  invitationInputSchema,
  invitationListSchema,
  invitationPreviewSchema,
  invitationTokenParamsSchema,
  meSchema,
  noContentSchema,
} from '@parley/api-contract';
import { acceptInvitation } from '../../accounts/accept-invitation.ts';
import { findInvitationByToken } from '../../accounts/find-invitation-by-token.ts';
import { inviteUser } from '../../accounts/invite-user.ts';
import { listInvitations } from '../../accounts/list-invitations.ts';
import { revokeInvitation } from '../../accounts/revoke-invitation.ts';
import { deleteSession } from '../../accounts/sessions.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';
import { toInvitationResponse } from '../api-responses.ts';
import { buildMeResponse } from '../me-response.ts';
import { type SessionCookieOptions, setSessionCookie } from '../plugins/session.ts';

/** Admins invite, list and revoke; the invited person opens and accepts the link. */
export function registerInvitationRoutes(
  app: ApiApp,
  services: Services,
  cookie: SessionCookieOptions,
): void {
  registerInvitationManagementRoutes(app, services);
  registerInvitationAcceptanceRoutes(app, services, cookie);
}

/** Admins list, send and revoke invitations. */
function registerInvitationManagementRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/invitations',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['invitations'],
        summary: "The organization's invitations, newest first",
        response: { 200: invitationListSchema },
      },
    },
    async (request) => ({
      invitations: (await listInvitations(services.database.db, request.session!.actor)).map(
        toInvitationResponse,
      ),
    }),
  );

  app.post(
    '/api/invitations',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['invitations'],
        summary: 'Invite someone by email; sends the invitation email',
        body: invitationInputSchema,
        response: { 201: invitationAnswerSchema, 409: errorSchema },
      },
    },
    async (request, reply) => {
      const invitation = await inviteUser(services, request.session!.actor, request.body);
      return reply.code(201).send({ invitation: toInvitationResponse(invitation) });
    },
  );

  app.delete(
    '/api/invitations/:id',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['invitations'],
        summary: 'Revoke an invitation',
        params: idParamsSchema,
        response: { 204: noContentSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      await revokeInvitation(services.database, request.session!.actor, request.params.id);
      return reply.code(204).send(null);
    },
  );
}

/** The invited person opens the link and accepts (no session yet). */
function registerInvitationAcceptanceRoutes(
  app: ApiApp,
  services: Services,
  cookie: SessionCookieOptions,
): void {
  app.get(
    '/api/invitations/by-token/:token',
    {
      config: { access: 'public' },
      schema: {
        tags: ['invitations'],
        summary: 'What an invitation link invites to',
        params: invitationTokenParamsSchema,
        response: { 200: invitationPreviewSchema, 404: errorSchema, 410: errorSchema },
      },
    },
    async (request) => {
      const invitation = await findInvitationByToken(services.database.db, request.params.token);
      const { email, role, organizationName, expiresAt } = invitation;
      return { email, role, organizationName, expiresAt: expiresAt.toISOString() };
    },
  );

  app.post(
    '/api/invitations/by-token/:token/accept',
    {
      config: { access: 'public' },
      schema: {
        tags: ['invitations'],
        summary: 'Accept an invitation: create the account and sign in',
        params: invitationTokenParamsSchema,
        body: invitationAcceptanceSchema,
        response: { 200: meSchema, 404: errorSchema, 409: errorSchema, 410: errorSchema },
      },
    },
    async (request, reply) => {
      const session = await acceptInvitation(services, request.params.token, {
        ...request.body,
        remoteAddress: request.ip,
      });
      if (request.sessionToken) await deleteSession(services.database.db, request.sessionToken);
      setSessionCookie(reply, session.token, cookie);
      return buildMeResponse(services, session, session.token);
    },
  );
}
