import { PassThrough } from 'node:stream';
import {
  errorSchema,
  importBodySchema,
  importPreviewBodySchema,
  importPreviewSchema,
  importResultSchema,
} from '@parley/api-contract';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../actor.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { validationMessage } from '../../i18n/error-messages.ts';
import {
  checkImportTarget,
  type ImportRequest,
  importCandidates,
  readImportFile,
} from '../../recruiting/import/import-candidates.ts';
import { previewImport } from '../../recruiting/import/preview-import.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';
import { errorBody, requestLanguage } from '../plugins/errors.ts';

/** A CSV of some thousand candidates is larger than the API's usual 1 MiB. */
const importBodyLimitBytes = 10 * 1024 * 1024;
const tags = ['recruiting'];
const access = ['admin', 'recruiter'] as const;

/**
 * The CSV import of candidates (admins and recruiters): a preview that guesses the column mapping and
 * reports every row's errors (in the reader's language, like the import's own 422 details), then the import itself, all rows or none (422 IMPORT_INVALID with the
 * row errors as details). A client that accepts `application/x-ndjson` gets the import's progress as it
 * goes, one JSON line per batch, then the result or the error (docs/api.md).
 */
export function registerCandidateImportRoutes(app: ApiApp, services: Services): void {
  const { database } = services;
  app.post(
    '/api/candidates/import/preview',
    {
      bodyLimit: importBodyLimitBytes,
      config: { access },
      schema: {
        tags,
        summary: 'Preview a CSV import: mapping, first rows, merges and row errors',
        body: importPreviewBodySchema,
        response: { 200: importPreviewSchema, 400: errorSchema },
      },
    },
    async (request) => {
      const { actor } = request.session!;
      const preview = await previewImport(database.db, actor, request.body.csv, request.body.mapping);
      const language = requestLanguage(request);
      return {
        ...preview,
        errors: preview.errors.map((error) => ({
          ...error,
          message: validationMessage(error.message, language),
        })),
      };
    },
  );
  app.post(
    '/api/candidates/import',
    {
      bodyLimit: importBodyLimitBytes,
      config: { access },
      schema: {
        tags,
        summary: 'Import candidates from CSV (all rows or none), optionally applying them to a job',
        description:
          'With `Accept: application/x-ndjson` the answer streams `{"progress":{processed,total}}` lines, then `{"result":…}` or `{"error":…}`; a bad file, job or stage is still refused with its status before the stream starts.',
        body: importBodySchema,
        response: {
          200: importResultSchema,
          400: errorSchema,
          404: errorSchema,
          409: errorSchema,
          422: errorSchema,
        },
      },
    },
    (request, reply) => {
      const actor = request.session!.actor;
      if (!(request.headers.accept ?? '').includes('application/x-ndjson')) {
        return importCandidates(database, actor, request.body);
      }
      return streamImport(services, { request, reply, actor, body: request.body });
    },
  );
}

interface StreamedImport {
  request: FastifyRequest;
  reply: FastifyReply;
  actor: Actor;
  body: ImportRequest;
}

/**
 * The import with its progress streamed: the file and the job are checked first (a refusal keeps its own
 * status), then each written batch is a line and the last line is the result or the error. The import
 * itself is the same one transaction, so an error line means nothing was imported.
 */
async function streamImport(services: Pick<Services, 'database'>, streamed: StreamedImport) {
  const { request, reply, actor, body } = streamed;
  readImportFile(body);
  await checkImportTarget(services.database.db, actor, body);
  const lines = new PassThrough();
  const write = (line: object) => lines.write(`${JSON.stringify(line)}\n`);
  void importCandidates(services.database, actor, body, (progress) => write({ progress }))
    .then((result) => write({ result }))
    .catch((error: unknown) => {
      if (!(error instanceof AppError)) request.log.error({ err: error }, 'candidate import failed');
      write(
        error instanceof AppError
          ? errorBody(request, error.code, error.details, error.meta)
          : errorBody(request, AppErrorCode.Internal),
      );
    })
    .finally(() => lines.end());
  return reply.type('application/x-ndjson; charset=utf-8').header('cache-control', 'no-store').send(lines);
}
