import {
  candidateListQuerySchema,
  candidateListSchema,
  candidateWithApplicationsSchema,
  createCandidateBodySchema,
  errorSchema,
  idParamsSchema,
  mergeCandidateBodySchema,
  updateCandidateBodySchema,
} from '@parley/api-contract';
import { createCandidate } from '../../recruiting/candidates/create-candidate.ts';
import { getCandidate } from '../../recruiting/candidates/get-candidate.ts';
import { listCandidates } from '../../recruiting/candidates/list-candidates.ts';
import { mergeCandidate } from '../../recruiting/candidates/merge-candidate.ts';
import { updateCandidate } from '../../recruiting/candidates/update-candidate.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';

const tags = ['recruiting'];
const manage = ['admin', 'recruiter'] as const;
const changed = {
  200: candidateWithApplicationsSchema,
  400: errorSchema,
  404: errorSchema,
  409: errorSchema,
};

/**
 * Candidates: every signed-in user reads (interviewers only those of their jobs); admins and recruiters
 * add, edit and merge. A duplicate e-mail answers 409 CANDIDATE_EMAIL_EXISTS with
 * `meta.existingCandidateId`.
 */
export function registerCandidateRoutes(app: ApiApp, services: Services): void {
  registerCandidateReadRoutes(app, services);
  registerCandidateChangeRoutes(app, services);
}

/** Listing and reading candidates. */
function registerCandidateReadRoutes(app: ApiApp, services: Services): void {
  const { database } = services;
  app.get(
    '/api/candidates',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'Search candidates by name, e-mail or tag, newest first',
        querystring: candidateListQuerySchema,
        response: { 200: candidateListSchema, 400: errorSchema },
      },
    },
    (request) => listCandidates(database.db, request.session!.actor, request.query),
  );

  app.get(
    '/api/candidates/:id',
    {
      config: { access: 'signed-in' },
      schema: {
        tags,
        summary: 'A candidate with their applications',
        params: idParamsSchema,
        response: { 200: candidateWithApplicationsSchema, 404: errorSchema },
      },
    },
    (request) => getCandidate(database.db, request.session!.actor, request.params.id),
  );
}

/** Creating, editing and merging candidates. */
function registerCandidateChangeRoutes(app: ApiApp, services: Services): void {
  const { database } = services;
  app.post(
    '/api/candidates',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: 'Add a candidate (and optionally their application)',
        body: createCandidateBodySchema,
        response: { ...changed, 201: candidateWithApplicationsSchema },
      },
    },
    async (request, reply) => {
      const actor = request.session!.actor;
      const candidateId = await createCandidate(database, actor, request.body);
      return reply.code(201).send(await getCandidate(database.db, actor, candidateId));
    },
  );

  app.patch(
    '/api/candidates/:id',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: 'Edit a candidate',
        params: idParamsSchema,
        body: updateCandidateBodySchema,
        response: changed,
      },
    },
    async (request) => {
      await updateCandidate(database, request.session!.actor, request.params.id, request.body);
      return getCandidate(database.db, request.session!.actor, request.params.id);
    },
  );

  app.post(
    '/api/candidates/:id/merge',
    {
      config: { access: manage },
      schema: {
        tags,
        summary: 'Merge a duplicate’s information into this candidate (fills blanks, adds tags)',
        params: idParamsSchema,
        body: mergeCandidateBodySchema,
        response: changed,
      },
    },
    async (request) => {
      await mergeCandidate(database, request.session!.actor, request.params.id, request.body);
      return getCandidate(database.db, request.session!.actor, request.params.id);
    },
  );
}
