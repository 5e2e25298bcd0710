import type { PreviewMessageTemplateInput } from '@parley/api-contract';
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
  templates: ['message-templates'] as const,
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

/** Every message template (kind × language), the organization's wording or Parley's default. */
export const messageTemplatesQuery = () =>
  queryOptions({ queryKey: notificationKeys.templates, queryFn: notificationsApi.listMessageTemplates });

/** A template as typed, rendered with sample data; the same text always renders the same. */
export const messageTemplatePreviewQuery = (input: PreviewMessageTemplateInput) =>
  queryOptions({
    queryKey: [...notificationKeys.templates, 'preview', input] as const,
    queryFn: () => notificationsApi.previewMessageTemplate(input),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
