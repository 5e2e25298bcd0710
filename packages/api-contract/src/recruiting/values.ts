/** Whether a job takes applications. */
export const jobStatuses = ['open', 'closed'] as const;
export type JobStatus = (typeof jobStatuses)[number];

/** The kind of contract a job offers. */
export const employmentTypes = ['full_time', 'part_time', 'contract', 'internship', 'temporary'] as const;
export type EmploymentType = (typeof employmentTypes)[number];

/** Where an interview of a stage takes place by default. */
export const interviewLocationKinds = ['zoom', 'zoom_room', 'in_person', 'phone'] as const;
export type InterviewLocationKind = (typeof interviewLocationKinds)[number];

/** Zoom's `settings.auto_recording` values. */
export const autoRecordingModes = ['none', 'cloud', 'local'] as const;
export type AutoRecordingMode = (typeof autoRecordingModes)[number];

/**
 * Where an application stands. Rejected and withdrawn are end states beside the pipeline: the
 * application keeps the stage it left from, so a reopen returns it there.
 */
export const applicationStatuses = ['active', 'rejected', 'withdrawn'] as const;
export type ApplicationStatus = (typeof applicationStatuses)[number];

/** Variables a meeting topic template may use; anything else in braces is refused. */
export const topicTemplateVariables = ['job', 'stage', 'candidate', 'organization'] as const;
export type TopicTemplateVariable = (typeof topicTemplateVariables)[number];

/** Zoom refuses meeting topics longer than this (error 300), so templates are checked against it. */
export const zoomTopicMaxLength = 200;

/** Zoom meeting settings an interview stage gives the meetings of its interviews. */
export interface StageZoomMeetingSettings {
  waitingRoom: boolean;
  passcode: boolean;
  joinBeforeHost: boolean;
  muteOnEntry: boolean;
  autoRecording: AutoRecordingMode;
}

/** Settings a new interview stage starts with: candidates wait to be admitted, nothing is recorded. */
export const defaultStageZoomMeetingSettings: StageZoomMeetingSettings = {
  waitingRoom: true,
  passcode: true,
  joinBeforeHost: false,
  muteOnEntry: false,
  autoRecording: 'none',
};
