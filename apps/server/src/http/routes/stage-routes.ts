import {
  createStageBodySchema,
  errorSchema,
  idParamsSchema,
  jobSchema,
  jobStageParamsSchema,
  reorderStagesBodySchema,
  updateStageBodySchema,
} from '@parley/api-contract';
import { getJob } from '../../recruiting/jobs/get-job.ts';
import { addStage } from '../../recruiting/stages/add-stage.ts';
import { removeStage } from '../../recruiting/stages/remove-stage.ts';
import { reorderStages } from '../../recruiting/stages/reorder-stages.ts';
import { updateStage } from '../../recruiting/stages/update-stage.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';

const tags = ['recruiting'];
const access = ['admin', 'recruiter'] as const;
const changed = { 200: jobSchema, 400: errorSchema, 404: errorSchema, 409: errorSchema };

/** Editing a job's pipeline (admins and recruiters); each answers the job with its stages. */
export function registerStageRoutes(app: ApiApp, services: Services): void {
  registerStageEditRoutes(app, services);
  registerStageOrderRoutes(app, services);
}

/** Adding and editing a pipeline stage. */
function registerStageEditRoutes(app: ApiApp, services: Services): void {
  const { database } = services;
  app.post(
    '/api/jobs/:id/stages',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Add a stage',
        params: idParamsSchema,
        body: createStageBodySchema,
        response: { ...changed, 201: jobSchema },
      },
    },
    async (request, reply) => {
      await addStage(database, request.session!.actor, request.params.id, request.body);
      return reply.code(201).send(await getJob(database.db, request.session!.actor, request.params.id));
    },
  );

  app.patch(
    '/api/jobs/:id/stages/:stageId',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Rename a stage or change its interview defaults',
        params: jobStageParamsSchema,
        body: updateStageBodySchema,
        response: changed,
      },
    },
    async (request) => {
      const { id, stageId } = request.params;
      await updateStage(database, request.session!.actor, id, stageId, request.body);
      return getJob(database.db, request.session!.actor, id);
    },
  );
}

/** Reordering and removing pipeline stages. */
function registerStageOrderRoutes(app: ApiApp, services: Services): void {
  const { database } = services;
  app.put(
    '/api/jobs/:id/stages/order',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Reorder the stages',
        params: idParamsSchema,
        body: reorderStagesBodySchema,
        response: changed,
      },
    },
    async (request) => {
      await reorderStages(database, request.session!.actor, request.params.id, request.body.stageIds);
      return getJob(database.db, request.session!.actor, request.params.id);
    },
  );

  app.delete(
    '/api/jobs/:id/stages/:stageId',
    {
      config: { access },
      schema: {
        tags,
        summary: 'Remove an empty stage (409 STAGE_NOT_EMPTY otherwise)',
        params: jobStageParamsSchema,
        response: changed,
      },
    },
    async (request) => {
      const { id, stageId } = request.params;
      await removeStage(database, request.session!.actor, id, stageId);
      return getJob(database.db, request.session!.actor, id);
    },
  );
}
