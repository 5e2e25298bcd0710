import { renderTopicTemplate, type StageZoomMeetingSettings } from '@parley/api-contract';
import type { ZoomMeetingInput } from '@parley/zoom-client';

/** What a meeting is made of: the interview's time and the names its topic template uses. */
export interface MeetingFacts {
  interviewId: string;
  startAt: Date;
  durationMinutes: number;
  topicTemplate: string;
  topicValues: { job: string; stage: string; candidate: string; organization: string };
  settings: StageZoomMeetingSettings;
}

/**
 * The marker that names the interview in the meeting's agenda. Zoom has no idempotency key, so a create
 * retried after a crash lists the host's meetings and adopts the one with this marker instead of creating
 * a second. It is the agenda's first line because Zoom's meeting list cuts agendas to 250 characters.
 */
export function interviewMarker(interviewId: string): string {
  return `Ref: PRL-${interviewId}`;
}

/** `start_time` as Zoom reads a UTC instant: `yyyy-MM-ddTHH:mm:ssZ` (no milliseconds, no zone beside it). */
export function zoomUtcTime(instant: Date): string {
  return `${instant.toISOString().slice(0, 19)}Z`;
}

/** The body Parley sends to create, or to bring up to date, an interview's meeting. */
export function meetingInput(facts: MeetingFacts): ZoomMeetingInput {
  return {
    topic: renderTopicTemplate(facts.topicTemplate, facts.topicValues),
    type: 2,
    start_time: zoomUtcTime(facts.startAt),
    duration: facts.durationMinutes,
    agenda: `${interviewMarker(facts.interviewId)}\nScheduled with Parley.`,
    ...(facts.settings.passcode ? { default_password: true } : {}),
    settings: {
      waiting_room: facts.settings.waitingRoom,
      join_before_host: facts.settings.waitingRoom ? false : facts.settings.joinBeforeHost,
      mute_upon_entry: facts.settings.muteOnEntry,
      auto_recording: facts.settings.autoRecording,
    },
  };
}
