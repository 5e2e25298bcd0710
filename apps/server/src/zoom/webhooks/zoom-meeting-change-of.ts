import type { ZoomMeetingChange } from '../../interviews/meetings/apply-zoom-meeting-change.ts';
import type { ZoomChangeEvent } from './zoom-webhook-event.ts';

type MeetingEvent = Extract<ZoomChangeEvent, { event: 'meeting.updated' | 'meeting.deleted' }>;

/** A meeting webhook in the terms Parley compares: the id, and for an update the time and topic reported. */
export function zoomMeetingChangeOf(event: MeetingEvent): ZoomMeetingChange {
  const { object } = event.payload;
  if (event.event === 'meeting.deleted') return { kind: 'deleted', zoomMeetingId: object.id };
  return {
    kind: 'updated',
    zoomMeetingId: object.id,
    reported: {
      ...(object.start_time === undefined ? {} : { startTime: object.start_time }),
      ...(object.duration === undefined ? {} : { duration: object.duration }),
      ...(object.topic === undefined ? {} : { topic: object.topic }),
    },
  };
}
