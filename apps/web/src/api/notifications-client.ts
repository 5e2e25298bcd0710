import type {
  AdminNotifications,
  Language,
  MessageTemplate,
  MessageTemplateKind,
  MessageTemplatePreview,
  MessageTemplates,
  NotificationPreferences,
  NotificationPreferencesChange,
  PreviewMessageTemplateInput,
  SaveMessageTemplateInput,
} from '@parley/api-contract';
import type { HttpClient } from './http-client.ts';
import { api } from './parley-client.ts';

/** Typed calls for the admins' notifications and everyone's e-mail preferences (docs/api.md). */
export function createNotificationCalls(http: HttpClient) {
  return {
    listNotifications: () => http.request<AdminNotifications>('GET', '/api/notifications'),
    markNotificationRead: (notificationId: string) =>
      http.request<null>('POST', `/api/notifications/${encodeURIComponent(notificationId)}/read`),
    markAllNotificationsRead: () => http.request<null>('POST', '/api/notifications/read-all'),
    getNotificationPreferences: () =>
      http.request<NotificationPreferences>('GET', '/api/me/notification-preferences'),
    updateNotificationPreferences: (change: NotificationPreferencesChange) =>
      http.request<NotificationPreferences>('PUT', '/api/me/notification-preferences', change),
    listMessageTemplates: () => http.request<MessageTemplates>('GET', '/api/message-templates'),
    saveMessageTemplate: (kind: MessageTemplateKind, language: Language, input: SaveMessageTemplateInput) =>
      http.request<MessageTemplate>('PUT', `/api/message-templates/${kind}/${language}`, input),
    resetMessageTemplate: (kind: MessageTemplateKind, language: Language) =>
      http.request<MessageTemplate>('DELETE', `/api/message-templates/${kind}/${language}`),
    previewMessageTemplate: (input: PreviewMessageTemplateInput) =>
      http.request<MessageTemplatePreview>('POST', '/api/message-templates/preview', input),
  };
}

/**
 * The notification calls on the app's one HTTP client, kept out of `ParleyApi` so that they load with
 * the bell and the profile page, not with the login page (scripts/check-web-size.ts).
 */
export const notificationsApi = createNotificationCalls(api.http);
