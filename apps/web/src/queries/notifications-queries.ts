import { queryOptions } from '@tanstack/react-query';
import { notificationsApi } from '../api/notifications-client.ts';

/**
 * Cache keys of the notifications: the bell's list under `all` (the `notifications` topic of the change
 * stream refetches it), the user's e-mail preferences apart.
 */
export const notificationKeys = {
  all: ['notifications'] as const,
  list: ['notifications', 'list'] as const,
  preferences: ['notification-preferences'] as const,
};

/** The admins' incidents and the unread count on the bell. */
export const notificationListQuery = () =>
  queryOptions({ queryKey: notificationKeys.list, queryFn: notificationsApi.listNotifications });

/** Which notifications come to the signed-in user by e-mail. */
export const notificationPreferencesQuery = () =>
  queryOptions({
    queryKey: notificationKeys.preferences,
    queryFn: notificationsApi.getNotificationPreferences,
  });
