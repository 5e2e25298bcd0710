import { checkZoomConnections } from './check-zoom-connections.ts';
import type { JobDefinition } from './job-definition.ts';
import type { JobDependencies } from './job-dependencies.ts';
import { notifyZoomConnectionProblem } from './notify-zoom-connection-problem.ts';
import { sendInvitationEmail } from './send-invitation-email.ts';
import { syncZoomDirectory } from './sync-zoom-directory.ts';

/** Every job Parley runs; the queue creates one pg-boss queue and one worker per entry. */
// biome-ignore lint/suspicious/noExplicitAny: the list holds jobs of different payload types.
export const allJobs: readonly JobDefinition<any, JobDependencies>[] = [
  sendInvitationEmail,
  notifyZoomConnectionProblem,
  checkZoomConnections,
  syncZoomDirectory,
];
