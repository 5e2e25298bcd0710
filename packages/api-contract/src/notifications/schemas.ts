import { z } from 'zod';
import { instantSchema } from '../common.ts';
import { interviewStates } from '../interviews/interview-enums.ts';
import { hostCandidateFlags, zoomStatusReasons } from '../zoom/values.ts';
import { adminIncidentKinds } from './values.ts';

/** The facts of an incident (see `AdminIncidentFacts`), worded by the client in the reader's language. */
export const adminIncidentFactsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.enum(['zoom_connection_removed', 'zoom_connection_needs_reconnect']),
    connectionId: z.uuid(),
    zoomUserEmail: z.string(),
    reason: z.enum(zoomStatusReasons).nullable(),
  }),
  z.object({
    kind: z.literal('meeting_failed'),
    hostZoomUserId: z.string(),
    hostLabel: z.string(),
    operation: z.string(),
    status: z.number().int(),
    zoomCode: z.number().int().nullable(),
    message: z.string(),
  }),
  z.object({
    kind: z.literal('meeting_deleted_in_zoom'),
    hostZoomUserId: z.string(),
    hostLabel: z.string(),
  }),
  z.object({
    kind: z.literal('host_cannot_host'),
    hostCandidateId: z.uuid(),
    hostLabel: z.string(),
    hostEmail: z.string(),
    flag: z.enum(hostCandidateFlags),
  }),
]);

/** An interview an incident lists, with what the bell needs to name it and link to it. */
export const incidentInterviewSchema = z.object({
  id: z.uuid(),
  candidateName: z.string(),
  jobTitle: z.string(),
  startAt: instantSchema,
  state: z.enum(interviewStates),
});
export type IncidentInterview = z.infer<typeof incidentInterviewSchema>;

/** One entry of the admins' bell: an incident, whether the reader has seen its latest news, its interviews. */
export const adminNotificationSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(adminIncidentKinds),
    facts: adminIncidentFactsSchema,
    openedAt: instantSchema,
    lastReportedAt: instantSchema,
    resolvedAt: instantSchema.nullable(),
    read: z.boolean(),
    interviews: z.array(incidentInterviewSchema),
  })
  .meta({ id: 'AdminNotification' });
export type AdminNotification = z.infer<typeof adminNotificationSchema>;

/** `GET /api/notifications`: open incidents first, then the latest resolved ones. */
export const adminNotificationsSchema = z
  .object({
    /** Open incidents with news the reader has not seen: the number on the bell. */
    unreadCount: z.number().int(),
    notifications: z.array(adminNotificationSchema),
  })
  .meta({ id: 'AdminNotifications' });
export type AdminNotifications = z.infer<typeof adminNotificationsSchema>;

/** `GET` and `PUT /api/me/notification-preferences`: which kinds come by e-mail (the bell shows all). */
export const notificationPreferencesSchema = z
  .object({
    email: z.object(
      Object.fromEntries(adminIncidentKinds.map((kind) => [kind, z.boolean()])) as Record<
        (typeof adminIncidentKinds)[number],
        z.ZodBoolean
      >,
    ),
  })
  .meta({ id: 'NotificationPreferences' });
export type NotificationPreferences = z.infer<typeof notificationPreferencesSchema>;

/** `PUT /api/me/notification-preferences`: the kinds to change; kinds left out keep their setting. */
export const notificationPreferencesChangeSchema = z.object({
  email: z.partialRecord(z.enum(adminIncidentKinds), z.boolean()),
});
export type NotificationPreferencesChange = z.input<typeof notificationPreferencesChangeSchema>;
