import { errorSchema, idParamsSchema, interviewSchema } from '@parley/api-contract';
import { z } from 'zod';
import type { Actor } from '../../actor.ts';
import { getInterview } from '../../interviews/get-interview.ts';
import { keepZoomMeetingTime } from '../../interviews/scheduling/keep-zoom-meeting-time.ts';
import { recreateInterviewMeeting } from '../../interviews/scheduling/recreate-interview-meeting.ts';
import { restoreInterviewTime } from '../../interviews/scheduling/restore-interview-time.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';

const editors = ['admin', 'recruiter'] as const;
const errors = { 400: errorSchema, 404: errorSchema, 409: errorSchema };

type MeetingAction = (
  services: Services,
  actor: Actor,
  interviewId: string,
  input: { version: number },
) => Promise<void>;

/**
 * What editors do about changes someone made to an interview's meeting in Zoom (docs/interviews.md,
 * "Changes made in Zoom"): recreate a meeting deleted there, keep Zoom's time or restore Parley's.
 */
export function registerMeetingChangeRoutes(app: ApiApp, services: Services): void {
  const actions: [path: string, summary: string, action: MeetingAction][] = [
    [
      'recreate',
      'Recreate a meeting deleted in Zoom (a new link; the people on the interview are sent it)',
      recreateInterviewMeeting,
    ],
    [
      'keep-zoom-time',
      'Move the interview to the time set in Zoom (a reschedule: the people on it are told)',
      keepZoomMeetingTime,
    ],
    ['restore-time', "Set the Zoom meeting back to the interview's time", restoreInterviewTime],
  ];
  for (const [path, summary, action] of actions) {
    app.post(
      `/api/interviews/:id/meeting/${path}`,
      {
        config: { access: editors },
        schema: {
          tags: ['interviews'],
          summary,
          params: idParamsSchema,
          body: z.object({ version: z.number().int().min(1) }),
          response: { 200: z.object({ interview: interviewSchema }), ...errors },
        },
      },
      async (request) => {
        const actor = request.session!.actor;
        await action(services, actor, request.params.id, request.body);
        return { interview: await getInterview(services, actor, request.params.id) };
      },
    );
  }
}
