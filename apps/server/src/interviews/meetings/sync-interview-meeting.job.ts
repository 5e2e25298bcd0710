import { z } from 'zod';
import { defineJob } from '../../jobs/job-definition.ts';
import { withinRunBudget } from './call-zoom-meetings.ts';
import type { MeetingServices } from './meeting-services.ts';
import { syncInterviewMeeting } from './sync-interview-meeting.ts';

/** How long one run may keep starting Zoom calls (see `expireInSeconds`). */
const runBudgetMs = 30_000;

/** How often a meeting operation is retried when Zoom is down or slow: backoff from 5 s, ~20 minutes in all. */
const retryLimit = 8;

/**
 * The meeting operation of one interview: makes Zoom match the interview as it is when the job runs
 * (create, update, recreate, move to another host, delete). Enqueued with the interview id as key in the
 * transaction of every interview change, so operations for one interview never run at once, and a change
 * made while one waits is done by that waiting one.
 */
export const syncInterviewMeetingJob = defineJob({
  name: 'sync-interview-meeting-v1',
  payload: z.object({ interviewId: z.uuid() }),
  retry: { limit: retryLimit, delaySeconds: 5, backoff: true },
  // A run starts no Zoom call after runBudgetMs, and each call ends within ~21 s (two 10 s tries): a run
  // ends well before it expires (with room for a slow database), and a run lost with its process
  // (kill -9) is retried within about 100 s.
  expireInSeconds: 90,
  // A run mostly waits for Zoom (and for its per-second pacing, which bounds the calls whatever the
  // concurrency): a burst of 50 schedulings is picked up at once instead of queueing behind 16 runs.
  concurrency: 50,
  oneAtATimePerKey: true,
  async handle(payload, dependencies: MeetingServices, run) {
    await withinRunBudget(runBudgetMs, () =>
      syncInterviewMeeting(dependencies, payload.interviewId, {
        logger: run.logger,
        lastTry: run.retryCount >= retryLimit,
      }),
    );
  },
});
