import {
  applicationCardSchema,
  applicationWithHistorySchema,
  closeApplicationBodySchema,
  createApplicationBodySchema,
  errorSchema,
  idParamsSchema,
  moveApplicationBodySchema,
  reopenApplicationBodySchema,
} from '@parley/api-contract';
import { applyToJob } from '../../recruiting/applications/apply-to-job.ts';
import { closeApplication } from '../../recruiting/applications/close-application.ts';
import { getApplication, getApplicationView } from '../../recruiting/applications/get-application.ts';
import { moveApplication } from '../../recruiting/applications/move-application.ts';
import { reopenApplication } from '../../recruiting/applications/reopen-application.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';

const tags = ['recruiting'];
const manage = ['admin', 'recruiter'] as const;
const changed = { 200: applicationCardSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema };

/**
 * Applications: read by every signed-in user who may see the job; added, moved, rejected, withdrawn and
 * reopened by admins and recruiters, each change based on the version the client read.
 */
export function registerApplicationRoutes(app: ApiApp, services: Services): void {
  const { database } = services;
  app.get(
    '/api/applications/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'An application with its candidate, `canSchedule` and its history',
        params: idParamsSchema,
        response: {
          200: applicationWithHistorySchema,
          404: errorSchema,
        },
      },
    },
    (request) => getApplication(database.db, request.session!.actor, request.params.id),
  );
  app.post(
    '/api/applications',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: 'A candidate applies to a job',
        body: createApplicationBodySchema,
        response: { ...changed, 201: applicationCardSchema },
      },
    },
    async (request, reply) => {
      const applicationId = await applyToJob(database, request.session!.actor, request.body);
      return reply
        .code(201)
        .send(await getApplicationView(database.db, request.session!.actor, applicationId));
    },
  );
  app.post(
    '/api/applications/:id/move',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: 'Move to another stage of the job',
        params: idParamsSchema,
        body: moveApplicationBodySchema,
        response: changed,
      },
    },
    async (request) => {
      await moveApplication(database, request.session!.actor, request.params.id, request.body);
      return getApplicationView(database.db, request.session!.actor, request.params.id);
    },
  );
  registerClosingRoutes(app, services);
}

function registerClosingRoutes(app: ApiApp, { database }: Services): void {
  for (const [action, closing] of [
    ['reject', 'rejected'],
    ['withdraw', 'withdrawn'],
  ] as const) {
    app.post(
      `/api/applications/:id/${action}`,
      {
        config: { access: manage },
        schema: {
          tags,
          summary: `${action === 'reject' ? 'Reject' : 'Withdraw'} with a reason`,
          params: idParamsSchema,
          body: closeApplicationBodySchema,
          response: changed,
        },
      },
      async (request) => {
        await closeApplication(database, request.session!.actor, request.params.id, closing, request.body);
        return getApplicationView(database.db, request.session!.actor, request.params.id);
      },
    );
  }
  app.post(
    '/api/applications/:id/reopen',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: 'Reopen a rejected or withdrawn application',
        params: idParamsSchema,
        body: reopenApplicationBodySchema,
        response: changed,
      },
    },
    async (request) => {
      await reopenApplication(database, request.session!.actor, request.params.id, request.body);
      return getApplicationView(database.db, request.session!.actor, request.params.id);
    },
  );
}
