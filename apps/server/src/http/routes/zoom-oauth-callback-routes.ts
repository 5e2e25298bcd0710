import { noContentSchema, zoomCallbackQuerySchema } from '@parley/api-contract';
import type { Services } from '../../services.ts';
import {
  completeZoomAuthorization,
  type ZoomAuthorizationResult,
} from '../../zoom/connections/complete-zoom-authorization.ts';
import { zoomCallbackPath } from '../../zoom/shared/zoom-settings.ts';
import type { ApiApp } from '../api-app.ts';

/** `/zoom/result?flow=…&outcome=…[&zoomCode=…][&missing=a,b]` (docs/zoom-api.md, "The result page"). */
function zoomResultPath(result: ZoomAuthorizationResult): string {
  const query = new URLSearchParams({ flow: result.flow, outcome: result.outcome });
  if (result.zoomCode !== undefined) query.set('zoomCode', String(result.zoomCode));
  if (result.missingScopes?.length) query.set('missing', result.missingScopes.join(','));
  return `/zoom/result?${query}`;
}

/**
 * `GET /oauth/zoom/callback`: where Zoom sends the browser back after consent, for every flow. Always a
 * 303 to the result page, which says what happened; the code and state never reach the logs (see
 * `redactUrl`) or the page.
 */
export function registerZoomOAuthCallbackRoutes(app: ApiApp, services: Services): void {
  app.get(
    zoomCallbackPath,
    {
      // The session cookie comes along (SameSite=Lax allows it on Zoom's top-level redirect); the flow is
      // bound to the session that started it.
      config: { access: 'public', readsSession: true },
      schema: {
        tags: ['zoom'],
        summary: 'Zoom OAuth redirect (all flows) → 303 to /zoom/result',
        querystring: zoomCallbackQuerySchema,
        response: { 303: noContentSchema },
      },
    },
    async (request, reply) => {
      const caller = request.session
        ? { sessionId: request.session.sessionId, userId: request.session.actor.userId }
        : null;
      const result = await completeZoomAuthorization(services, request.query, caller);
      return reply.header('cache-control', 'no-store').redirect(zoomResultPath(result), 303);
    },
  );
}
