/** Audit log actions of the interview lifecycle (B5): who did what, and what Zoom answered. */
export const interviewAuditActions = {
  scheduled: 'interview.scheduled',
  hostChosen: 'interview.host_chosen',
  rescheduled: 'interview.rescheduled',
  hostChanged: 'interview.host_changed',
  cancelled: 'interview.cancelled',
  meetingCreated: 'interview.meeting_created',
  meetingAdopted: 'interview.meeting_adopted',
  meetingUpdated: 'interview.meeting_updated',
  meetingRecreated: 'interview.meeting_recreated',
  meetingDeleted: 'interview.meeting_deleted',
  meetingFailed: 'interview.meeting_failed',
  meetingRetried: 'interview.meeting_retried',
  meetingStarted: 'interview.meeting_started',
} as const;
