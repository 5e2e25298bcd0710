import {
  errorSchema,
  importBodySchema,
  importPreviewBodySchema,
  importPreviewSchema,
  importResultSchema,
} from '@parley/api-contract';
import { validationMessage } from '../../i18n/error-messages.ts';
import { importCandidates } from '../../recruiting/import/import-candidates.ts';
import { previewImport } from '../../recruiting/import/preview-import.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';
import { requestLanguage } from '../plugins/errors.ts';

/** A CSV of some thousand candidates is larger than the API's usual 1 MiB. */
const importBodyLimitBytes = 10 * 1024 * 1024;
const tags = ['recruiting'];
const access = ['admin', 'recruiter'] as const;

/**
 * The CSV import of candidates (admins and recruiters): a preview that guesses the column mapping and
 * reports every row's errors (in the reader's language, like the import's own 422 details), then the import itself, all rows or none (422 IMPORT_INVALID with the
 * row errors as details).
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
    (request) => importCandidates(database, request.session!.actor, request.body),
  );
}
