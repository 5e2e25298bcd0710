import {
  adminNotificationsSchema,
  errorSchema,
  idParamsSchema,
  noContentSchema,
  notificationPreferencesChangeSchema,
  notificationPreferencesSchema,
} from '@parley/api-contract';
import { getNotificationPreferences } from '../../notifications/admin/get-notification-preferences.ts';
import { listAdminNotifications } from '../../notifications/admin/list-admin-notifications.ts';
import { markNotificationsRead } from '../../notifications/admin/mark-notifications-read.ts';
import { updateNotificationPreferences } from '../../notifications/admin/update-notification-preferences.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';

/** The admins' bell (incidents to fix) and every user's choice of which notifications come by e-mail. */
export function registerNotificationRoutes(app: ApiApp, services: Services): void {
  registerBellRoutes(app, services);
  registerPreferenceRoutes(app, services);
}

function registerBellRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/notifications',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['notifications'],
        summary: "The admins' notifications: incidents to fix, open first, with the interviews they hit",
        response: { 200: adminNotificationsSchema },
      },
    },
    async (request) => listAdminNotifications(services.database, request.session!.actor),
  );

  app.post(
    '/api/notifications/:id/read',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['notifications'],
        summary: 'Mark one notification as read (news reported later makes it unread again)',
        params: idParamsSchema,
        response: { 204: noContentSchema, 404: errorSchema },
      },
    },
    async (request, reply) => {
      await markNotificationsRead(services.database, request.session!.actor, {
        incidentId: request.params.id,
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/notifications/read-all',
    {
      config: { access: ['admin'] },
      schema: {
        tags: ['notifications'],
        summary: 'Mark every notification of the organization as read',
        response: { 204: noContentSchema },
      },
    },
    async (request, reply) => {
      await markNotificationsRead(services.database, request.session!.actor, 'all');
      return reply.code(204).send(null);
    },
  );
}

function registerPreferenceRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/me/notification-preferences',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['me'],
        summary: 'Which notifications come to you by e-mail',
        response: { 200: notificationPreferencesSchema },
      },
    },
    async (request) => getNotificationPreferences(services.database, request.session!.actor),
  );

  app.put(
    '/api/me/notification-preferences',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['me'],
        summary: 'Turn notifications on or off by e-mail (the bell shows them either way)',
        body: notificationPreferencesChangeSchema,
        response: { 200: notificationPreferencesSchema },
      },
    },
    async (request) => {
      await updateNotificationPreferences(services.database, request.session!.actor, request.body);
      return getNotificationPreferences(services.database, request.session!.actor);
    },
  );
}
