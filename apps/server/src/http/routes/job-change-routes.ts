import {
  createJobBodySchema,
  errorSchema,
  idParamsSchema,
  jobSchema,
  jobStatusChangeBodySchema,
  updateJobBodySchema,
} from '@parley/api-contract';
import { changeJobStatus } from '../../recruiting/jobs/change-job-status.ts';
import { createJob } from '../../recruiting/jobs/create-job.ts';
import { getJob } from '../../recruiting/jobs/get-job.ts';
import { updateJob } from '../../recruiting/jobs/update-job.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';

const tags = ['recruiting'];
const changed = { 200: jobSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema };

/** Admins create, close and reopen jobs; admins and recruiters edit them (with the version they read). */
export function registerJobChangeRoutes(app: ApiApp, services: Services): void {
  const { database } = services;
  app.post(
    '/api/jobs',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Create a job with the default stages',
        body: createJobBodySchema,
        response: { 201: jobSchema, 400: errorSchema },
      },
    },
    async (request, reply) => {
      const actor = request.session!.actor;
      const jobId = await createJob(database, actor, request.body);
      return reply.code(201).send(await getJob(database.db, actor, jobId));
    },
  );
  app.patch(
    '/api/jobs/:id',
    {
      config: { access: ['admin', 'recruiter'] },
      schema: {
        tags,
        summary: 'Edit a job or its hiring team',
        params: idParamsSchema,
        body: updateJobBodySchema,
        response: changed,
      },
    },
    async (request) => {
      await updateJob(database, request.session!.actor, request.params.id, request.body);
      return getJob(database.db, request.session!.actor, request.params.id);
    },
  );
  for (const [action, status] of [
    ['close', 'closed'],
    ['reopen', 'open'],
  ] as const) {
    app.post(
      `/api/jobs/:id/${action}`,
      {
        config: { access: ['admin'] },
        schema: {
          tags,
          summary: `${action === 'close' ? 'Close' : 'Reopen'} a job`,
          params: idParamsSchema,
          body: jobStatusChangeBodySchema,
          response: changed,
        },
      },
      async (request) => {
        const actor = request.session!.actor;
        await changeJobStatus(database, actor, request.params.id, status, request.body.version);
        return getJob(database.db, actor, request.params.id);
      },
    );
  }
}
