import fastifyCookie from '@fastify/cookie';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Services } from '../services.ts';
import { zoomWebhookSecrets } from '../zoom/shared/zoom-settings.ts';
import type { ApiApp } from './api-app.ts';
import { registerAccessControl } from './plugins/access.ts';
import { registerCanonicalHost } from './plugins/canonical-host.ts';
import { registerCsrfProtection } from './plugins/csrf.ts';
import { registerErrorHandling } from './plugins/errors.ts';
import { registerObservability } from './plugins/observability.ts';
import { registerOpenApi } from './plugins/openapi.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { registerSessions, type SessionCookieOptions } from './plugins/session.ts';
import { defaultWebDistDir, registerWebApp } from './plugins/web-app.ts';
import { registerApplicationRoutes } from './routes/application-routes.ts';
import { registerAuditEventRoutes } from './routes/audit-event-routes.ts';
import { registerAuthRoutes } from './routes/auth-routes.ts';
import { registerCandidateImportRoutes } from './routes/candidate-import-routes.ts';
import { registerCandidateRoutes } from './routes/candidate-routes.ts';
import { registerChangeRoutes } from './routes/change-routes.ts';
import { registerDevMailboxRoutes } from './routes/dev-mailbox-routes.ts';
import { registerInterviewMessageRoutes } from './routes/interview-message-routes.ts';
import { registerInterviewRoutes } from './routes/interview-routes.ts';
import { registerInvitationRoutes } from './routes/invitation-routes.ts';
import { registerJobChangeRoutes } from './routes/job-change-routes.ts';
import { registerJobRoutes } from './routes/job-routes.ts';
import { registerMeRoutes } from './routes/me-routes.ts';
import { registerMeetingChangeRoutes } from './routes/meeting-change-routes.ts';
import { registerMeetingGuardRoutes } from './routes/meeting-guard-routes.ts';
import { registerMessageTemplateRoutes } from './routes/message-template-routes.ts';
import { registerNotificationRoutes } from './routes/notification-routes.ts';
import { registerOrganizationRoutes } from './routes/organization-routes.ts';
import { registerStageRoutes } from './routes/stage-routes.ts';
import { registerUserRoutes } from './routes/user-routes.ts';
import { registerZoomAdminLinkRoutes } from './routes/zoom-admin-link-routes.ts';
import { registerZoomConnectionRoutes } from './routes/zoom-connection-routes.ts';
import { registerZoomDirectoryRoutes } from './routes/zoom-directory-routes.ts';
import { registerZoomOAuthCallbackRoutes } from './routes/zoom-oauth-callback-routes.ts';
import { registerZoomWebhookRoutes } from './routes/zoom-webhook-routes.ts';
import { zodValidatorCompiler } from './validation.ts';

/** Request bodies above this answer 413 PAYLOAD_TOO_LARGE (docs/api.md). */
const bodyLimitBytes = 1024 * 1024;

/** Options of {@link buildApp} beyond the services. */
export interface BuildAppOptions {
  /** The built web app to serve (default `apps/web/dist`); nothing is served when it has no index.html. */
  webDistDir?: string;
}

/**
 * The Fastify application: the redirect to PUBLIC_URL's host, security headers, sessions, access control, CSRF, error mapping, OpenAPI,
 * health and metrics, the API routes and the web app. Not listening yet: call `listen()` or `inject()`.
 */
export async function buildApp(services: Services, options: BuildAppOptions = {}): Promise<ApiApp> {
  const { config, database, queue } = services;
  const app = Fastify({
    // pino's Logger is a FastifyBaseLogger; the cast only drops pino-specific members from the type.
    loggerInstance: services.logger as FastifyBaseLogger,
    bodyLimit: bodyLimitBytes,
    // request.ip: the connection's address, or X-Forwarded-For's client when the connection is a proxy
    // the operator trusts (TRUSTED_PROXY). Sign-in limits count per client address.
    trustProxy: config.trustedProxies.length > 0 ? config.trustedProxies : false,
    // Closing ends every connection: a change stream or a browser's kept-alive socket must not hold a
    // shutdown (or a restart) open; jobs finish on their own through the queue's stop.
    forceCloseConnections: true,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(zodValidatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const cookie: SessionCookieOptions = {
    secure: config.publicUrl.startsWith('https:'),
    ttlDays: config.sessionTtlDays,
  };
  registerErrorHandling(app);
  registerCanonicalHost(app, config.publicUrl);
  await registerSecurityHeaders(app, config.publicUrl);
  await app.register(fastifyCookie);
  registerSessions(app, database, cookie);
  registerAccessControl(app);
  registerCsrfProtection(app, config.publicUrl);
  await registerOpenApi(app, config.publicUrl);
  registerObservability(app, database, {
    database: () => database.executeSql('SELECT 1'),
    queue: () => queue.checkReady(),
  });

  registerAuthRoutes(app, services, cookie);
  registerMeRoutes(app, services);
  registerOrganizationRoutes(app, services);
  registerChangeRoutes(app, services);
  registerUserRoutes(app, services);
  registerInvitationRoutes(app, services, cookie);
  registerDevMailboxRoutes(app, services);
  registerAuditEventRoutes(app, services);
  registerZoomConnectionRoutes(app, services);
  registerZoomAdminLinkRoutes(app, services);
  registerZoomOAuthCallbackRoutes(app, services);
  registerZoomDirectoryRoutes(app, services);
  registerJobRoutes(app, services);
  registerJobChangeRoutes(app, services);
  registerStageRoutes(app, services);
  registerCandidateRoutes(app, services);
  registerCandidateImportRoutes(app, services);
  registerApplicationRoutes(app, services);
  registerInterviewRoutes(app, services);
  registerMeetingChangeRoutes(app, services);
  registerMeetingGuardRoutes(app, services);
  registerNotificationRoutes(app, services);
  registerMessageTemplateRoutes(app, services);
  registerInterviewMessageRoutes(app, services);
  await registerZoomWebhookRoutes(app, services, { secretTokens: zoomWebhookSecrets(services.zoom) });
  await registerWebApp(app, options.webDistDir ?? defaultWebDistDir);
  return app;
}
