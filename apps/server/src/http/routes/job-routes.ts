import {
  applicationPageSchema,
  boardQuerySchema,
  boardSchema,
  errorSchema,
  idParamsSchema,
  jobApplicationsQuerySchema,
  jobListQuerySchema,
  jobListSchema,
  jobSchema,
} from '@parley/api-contract';
import { getJobBoard } from '../../recruiting/applications/get-job-board.ts';
import { listJobApplications } from '../../recruiting/applications/list-job-applications.ts';
import { getJob } from '../../recruiting/jobs/get-job.ts';
import { listJobs } from '../../recruiting/jobs/list-jobs.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';

/**
 * Reading jobs: the list, a job with stages and team, its board and its applications as a table. Every
 * signed-in user; interviewers see only the jobs whose hiring team they are on.
 */
export function registerJobRoutes(app: ApiApp, services: Services): void {
  const { db } = services.database;
  const tags = ['recruiting'];
  app.get(
    '/api/jobs',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Jobs, newest first',
        querystring: jobListQuerySchema,
        response: { 200: jobListSchema, 400: errorSchema },
      },
    },
    (request) => listJobs(db, request.session!.actor, request.query),
  );
  app.get(
    '/api/jobs/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'A job with its stages and hiring team',
        params: idParamsSchema,
        response: { 200: jobSchema, 404: errorSchema },
      },
    },
    (request) => getJob(db, request.session!.actor, request.params.id),
  );
  app.get(
    '/api/jobs/:id/board',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The pipeline as a board: per stage the count and the first cards',
        params: idParamsSchema,
        querystring: boardQuerySchema,
        response: { 200: boardSchema, 404: errorSchema },
      },
    },
    (request) => getJobBoard(db, request.session!.actor, request.params.id, request.query.cardsPerColumn),
  );
  app.get(
    '/api/jobs/:id/applications',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'The applications of a job as a table, paged',
        params: idParamsSchema,
        querystring: jobApplicationsQuerySchema,
        response: { 200: applicationPageSchema, 404: errorSchema },
      },
    },
    (request) => listJobApplications(db, request.session!.actor, request.params.id, request.query),
  );
}
