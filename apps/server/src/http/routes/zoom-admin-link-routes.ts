import {
  adminLinkTokenParamsSchema,
  authorizeUrlSchema,
  errorSchema,
  zoomAdminLinkPreviewSchema,
} from '@parley/api-contract';
import type { Services } from '../../services.ts';
import { findZoomAdminLink } from '../../zoom/admin-links/find-zoom-admin-link.ts';
import { startZoomAuthorization } from '../../zoom/connections/start-zoom-authorization.ts';
import type { ApiApp } from '../api-app.ts';

const tags = ['zoom'];

/**
 * The public side of the admin link: when the Parley admin is not a Zoom admin, their Zoom admin opens the
 * link and authorizes, without a Parley login.
 */
export function registerZoomAdminLinkRoutes(app: ApiApp, services: Services): void {
  const { database, secretBox } = services;

  app.get(
    '/api/zoom/admin-links/:token',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: 'What an admin link asks the Zoom admin to authorize',
        params: adminLinkTokenParamsSchema,
        response: { 200: zoomAdminLinkPreviewSchema, 404: errorSchema, 410: errorSchema },
      },
    },
    async (request) => {
      const link = await findZoomAdminLink(database.db, secretBox, request.params.token);
      return {
        organizationName: link.organizationName,
        requestedBy: link.requestedBy,
        expiresAt: link.expiresAt.toISOString(),
        expectedZoomAccount: link.expectedZoomAccount,
      };
    },
  );

  app.post(
    '/api/zoom/admin-links/:token/authorize',
    {
      config: { access: 'public' },
      schema: {
        tags,
        summary: "Start Zoom's consent from an admin link (admin-managed app)",
        params: adminLinkTokenParamsSchema,
        response: { 200: authorizeUrlSchema, 404: errorSchema, 410: errorSchema },
      },
    },
    async (request) => {
      const link = await findZoomAdminLink(database.db, secretBox, request.params.token);
      return startZoomAuthorization(services, {
        purpose: 'admin_link',
        organizationId: link.organizationId,
        userId: null,
        // Deliberately bound to no session: the Zoom admin completes it in their own browser, with no
        // Parley login (see mayCompleteInThisBrowser).
        sessionId: null,
        adminLinkId: link.id,
      });
    },
  );
}
