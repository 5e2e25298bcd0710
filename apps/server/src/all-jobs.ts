import { deleteStaleSignInFailuresJob } from './accounts/delete-stale-sign-in-failures.job.ts';
import { sendInvitationEmail } from './accounts/send-invitation-email.job.ts';
import { sendSignInWarningEmail } from './accounts/send-sign-in-warning-email.job.ts';
import { reconcileMeetingsJob } from './interviews/meetings/reconcile-meetings.job.ts';
import { retryMeetingsAfterDailyLimitJob } from './interviews/meetings/retry-meetings-after-daily-limit.job.ts';
import { syncInterviewMeetingJob } from './interviews/meetings/sync-interview-meeting.job.ts';
import type { JobDefinition } from './jobs/job-definition.ts';
import { sendIncidentEmail } from './notifications/admin/send-incident-email.job.ts';
import { sendInterviewMessageJob } from './notifications/delivery/send-interview-message.job.ts';
import type { Services } from './services.ts';
import { notifyZoomConnectionProblem } from './zoom/access/notify-zoom-connection-problem.job.ts';
import { notifyAdminLinkUsed } from './zoom/admin-links/notify-admin-link-used.job.ts';
import { checkZoomConnections } from './zoom/connections/check-zoom-connections.job.ts';
import { readHostConcurrencyJob } from './zoom/directory/read-host-concurrency.job.ts';
import { syncZoomDirectory } from './zoom/directory/sync-zoom-directory.job.ts';

/**
 * Every job Parley runs, in one list: the queue creates one pg-boss queue and one worker per entry. Each job
 * lives beside the domain that enqueues it (`<domain>/<verb-noun>.job.ts`); add a new one here.
 */
// biome-ignore lint/suspicious/noExplicitAny: the list holds jobs of different payload types.
export const allJobs: readonly JobDefinition<any, Services>[] = [
  sendInvitationEmail,
  sendSignInWarningEmail,
  deleteStaleSignInFailuresJob,
  notifyZoomConnectionProblem,
  notifyAdminLinkUsed,
  checkZoomConnections,
  syncZoomDirectory,
  readHostConcurrencyJob,
  syncInterviewMeetingJob,
  reconcileMeetingsJob,
  retryMeetingsAfterDailyLimitJob,
  sendIncidentEmail,
  sendInterviewMessageJob,
];
