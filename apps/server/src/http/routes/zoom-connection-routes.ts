import {
  authorizeUrlSchema,
  errorSchema,
  noContentSchema,
  organizationZoomConnectionSchema,
  personalZoomConnectionSchema,
  serverToServerCredentialsSchema,
  serverToServerTestResultSchema,
  zoomAdminLinkSchema,
} from '@parley/api-contract';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import type { Services } from '../../services.ts';
import { findOrganizationConnection } from '../../zoom/access/find-organization-connection.ts';
import { createZoomAdminLink } from '../../zoom/admin-links/create-zoom-admin-link.ts';
import { withdrawZoomAdminLink } from '../../zoom/admin-links/withdraw-zoom-admin-link.ts';
import { checkZoomConnection } from '../../zoom/connections/check-zoom-connection.ts';
import { connectServerToServer } from '../../zoom/connections/connect-server-to-server.ts';
import { disconnectZoomConnection } from '../../zoom/connections/disconnect-zoom-connection.ts';
import { getOrganizationZoomConnection } from '../../zoom/connections/get-organization-zoom-connection.ts';
import { getPersonalZoomConnection } from '../../zoom/connections/get-personal-zoom-connection.ts';
import { startZoomAuthorization } from '../../zoom/connections/start-zoom-authorization.ts';
import { testServerToServerCredentials } from '../../zoom/connections/test-server-to-server-credentials.ts';
import type { ApiApp } from '../api-app.ts';

const admins = { access: ['admin'] as const };
const tags = ['zoom'];

/**
 * The organization connection (Settings → Zoom: admins change it, recruiters read it) and each user's
 * personal connection (Settings → My Zoom), docs/zoom-api.md.
 */
export function registerZoomConnectionRoutes(app: ApiApp, services: Services): void {
  registerOrganizationConnectionRoutes(app, services);
  registerAdminLinkManagementRoutes(app, services);
  registerServerToServerRoutes(app, services);
  registerOrganizationMaintenanceRoutes(app, services);
  registerPersonalConnectionRoutes(app, services);
}

/** Reading the organization connection and starting its OAuth flow. */
function registerOrganizationConnectionRoutes(app: ApiApp, services: Services): void {
  const { database } = services;
  app.get(
    '/api/zoom/organization',
    {
      config: { access: ['admin', 'recruiter'] },
      schema: {
        tags,
        summary: "The organization's Zoom connection",
        response: { 200: organizationZoomConnectionSchema },
      },
    },
    (request) => getOrganizationZoomConnection(database.db, request.session!.actor),
  );

  app.post(
    '/api/zoom/organization/authorize',
    {
      config: admins,
      schema: {
        tags,
        summary: "Start Zoom's consent for the organization (admin-managed app)",
        response: { 200: authorizeUrlSchema },
      },
    },
    (request) => {
      const { actor, sessionId } = request.session!;
      return startZoomAuthorization(services, {
        purpose: 'organization',
        organizationId: actor.organizationId,
        userId: actor.userId,
        sessionId,
      });
    },
  );
}

/** Creating and withdrawing the link a Zoom admin completes the connection with. */
function registerAdminLinkManagementRoutes(app: ApiApp, services: Services): void {
  app.post(
    '/api/zoom/organization/admin-link',
    {
      config: admins,
      schema: {
        tags,
        summary: 'Create a link for a Zoom admin to complete the connection (replaces a pending one)',
        response: { 201: zoomAdminLinkSchema },
      },
    },
    async (request, reply) => {
      const link = await createZoomAdminLink(services, request.session!.actor);
      return reply.code(201).send({ url: link.url, expiresAt: link.expiresAt.toISOString() });
    },
  );

  app.delete(
    '/api/zoom/organization/admin-link',
    {
      config: admins,
      schema: { tags, summary: 'Withdraw the pending admin link', response: { 204: noContentSchema } },
    },
    async (request, reply) => {
      await withdrawZoomAdminLink(services, request.session!.actor);
      return reply.code(204).send(null);
    },
  );
}

/** Testing and storing Server-to-Server credentials. */
function registerServerToServerRoutes(app: ApiApp, services: Services): void {
  const { database } = services;
  app.post(
    '/api/zoom/organization/server-to-server/test',
    {
      config: admins,
      schema: {
        tags,
        summary: 'Test Server-to-Server credentials without storing them',
        body: serverToServerCredentialsSchema,
        response: {
          200: serverToServerTestResultSchema,
          422: errorSchema,
          502: errorSchema,
        },
      },
    },
    async (request) => {
      const { tokens, owner } = await testServerToServerCredentials(
        services,
        request.session!.actor,
        request.body,
      );
      return {
        zoomAccountId: owner.account_id ?? request.body.accountId,
        ownerEmail: owner.email,
        scopes: tokens.scopes,
      };
    },
  );

  app.put(
    '/api/zoom/organization/server-to-server',
    {
      config: admins,
      schema: {
        tags,
        summary: 'Test and store Server-to-Server credentials as the organization connection',
        body: serverToServerCredentialsSchema,
        response: { 200: organizationZoomConnectionSchema, 422: errorSchema, 502: errorSchema },
      },
    },
    async (request) => {
      const { actor } = request.session!;
      await connectServerToServer(services, actor, request.body);
      return getOrganizationZoomConnection(database.db, actor);
    },
  );
}

/** Checking and disconnecting the organization connection. */
function registerOrganizationMaintenanceRoutes(app: ApiApp, services: Services): void {
  const { database } = services;
  app.post(
    '/api/zoom/organization/check',
    {
      config: admins,
      schema: {
        tags,
        summary: 'Check the organization connection now',
        response: { 200: organizationZoomConnectionSchema, 409: errorSchema },
      },
    },
    async (request) => {
      const { actor } = request.session!;
      const connection = await findOrganizationConnection(database.db, actor.organizationId);
      if (!connection) throw new AppError(AppErrorCode.ZoomNotConnected);
      await checkZoomConnection(services, connection.id);
      return getOrganizationZoomConnection(database.db, actor);
    },
  );

  app.delete(
    '/api/zoom/organization',
    {
      config: admins,
      schema: {
        tags,
        summary: 'Disconnect: revoke at Zoom and delete the tokens',
        response: { 204: noContentSchema },
      },
    },
    async (request, reply) => {
      await disconnectZoomConnection(services, request.session!.actor, 'organization');
      return reply.code(204).send(null);
    },
  );
}

/** Each user's own connection: read, start, disconnect. */
function registerPersonalConnectionRoutes(app: ApiApp, services: Services): void {
  const { database } = services;
  app.get(
    '/api/zoom/personal',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Your personal Zoom connection',
        response: { 200: personalZoomConnectionSchema },
      },
    },
    (request) => getPersonalZoomConnection(database.db, request.session!.actor),
  );

  app.post(
    '/api/zoom/personal/authorize',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: "Start Zoom's consent for your own account (user-managed app)",
        response: { 200: authorizeUrlSchema },
      },
    },
    (request) => {
      const { actor, sessionId } = request.session!;
      return startZoomAuthorization(services, {
        purpose: 'personal',
        organizationId: actor.organizationId,
        userId: actor.userId,
        sessionId,
      });
    },
  );

  app.delete(
    '/api/zoom/personal',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Disconnect your personal Zoom connection',
        response: { 204: noContentSchema },
      },
    },
    async (request, reply) => {
      await disconnectZoomConnection(services, request.session!.actor, 'personal');
      return reply.code(204).send(null);
    },
  );
}
