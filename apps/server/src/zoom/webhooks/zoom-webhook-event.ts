import { z } from 'zod';

/**
 * Zoom webhook bodies Parley acts on (as Zoom documents them for each event type), parsed after the signature is
 * verified. Only the fields Parley relies on are required; everything else passes through.
 */
const envelope = { event_ts: z.number().optional() };

const urlValidationEvent = z.looseObject({
  ...envelope,
  event: z.literal('endpoint.url_validation'),
  payload: z.looseObject({ plainToken: z.string().min(1).max(256) }),
});

const appDeauthorizedEvent = z.looseObject({
  ...envelope,
  event: z.literal('app_deauthorized'),
  payload: z.looseObject({
    account_id: z.string().min(1),
    user_id: z.string().min(1),
    client_id: z.string().min(1),
    /** Unique per deauthorization. */
    signature: z.string().optional(),
    deauthorization_time: z.string().optional(),
  }),
});

/** Zoom shows roles as "Owner", "Admin", "Member" (or custom role names). */
const changedUserFields = z.looseObject({
  id: z.string().min(1),
  role: z.string().optional(),
  type: z.number().int().optional(),
  email: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
});

const userUpdatedEvent = z.looseObject({
  ...envelope,
  event: z.literal('user.updated'),
  payload: z.looseObject({
    account_id: z.string().min(1),
    object: changedUserFields,
    old_object: changedUserFields.partial().optional(),
  }),
});

const userLifecyclePayload = z.looseObject({
  account_id: z.string().min(1),
  object: z.looseObject({
    id: z.string().min(1),
    email: z.string().optional(),
    first_name: z.string().optional(),
    last_name: z.string().optional(),
    type: z.number().int().optional(),
  }),
});

const userLifecycleEvent = z.looseObject({
  ...envelope,
  event: z.enum(['user.deactivated', 'user.activated', 'user.deleted']),
  payload: userLifecyclePayload,
});

/** Zoom's meeting ids are int64; the time and topic fields Parley compares are optional (only changes come). */
const changedMeetingFields = z.looseObject({
  id: z.number().int(),
  uuid: z.string().optional(),
  host_id: z.string().optional(),
  topic: z.string().optional(),
  start_time: z.string().optional(),
  duration: z.number().int().optional(),
  timezone: z.string().optional(),
});

const meetingUpdatedEvent = z.looseObject({
  ...envelope,
  event: z.literal('meeting.updated'),
  payload: z.looseObject({
    account_id: z.string().min(1),
    operator: z.string().optional(),
    object: changedMeetingFields,
    old_object: changedMeetingFields.partial().optional(),
  }),
});

const meetingDeletedEvent = z.looseObject({
  ...envelope,
  event: z.literal('meeting.deleted'),
  payload: z.looseObject({
    account_id: z.string().min(1),
    operator: z.string().optional(),
    object: changedMeetingFields,
  }),
});

/** A webhook Parley acts on, discriminated by `event`. */
export const zoomWebhookEventSchema = z.discriminatedUnion('event', [
  urlValidationEvent,
  appDeauthorizedEvent,
  userUpdatedEvent,
  userLifecycleEvent,
  meetingUpdatedEvent,
  meetingDeletedEvent,
]);
/** See {@link zoomWebhookEventSchema}. */
export type ZoomWebhookEvent = z.infer<typeof zoomWebhookEventSchema>;
/** The events that change connections or host candidates (all but the URL challenge). */
export type ZoomChangeEvent = Exclude<ZoomWebhookEvent, { event: 'endpoint.url_validation' }>;

/** Any webhook body: Zoom may send events Parley does not act on; they are acknowledged and ignored. */
export const anyZoomWebhookSchema = z.looseObject({ event: z.string().min(1), payload: z.unknown() });

/** The event names {@link zoomWebhookEventSchema} knows. */
export const handledZoomEvents: ReadonlySet<string> = new Set([
  'endpoint.url_validation',
  'app_deauthorized',
  'user.updated',
  'user.deactivated',
  'user.activated',
  'user.deleted',
  'meeting.updated',
  'meeting.deleted',
]);
