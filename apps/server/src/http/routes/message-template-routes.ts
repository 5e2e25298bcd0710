import {
  errorSchema,
  messageTemplateParamsSchema,
  messageTemplatePreviewSchema,
  messageTemplateSchema,
  messageTemplatesSchema,
  previewMessageTemplateSchema,
  saveMessageTemplateSchema,
} from '@parley/api-contract';
import {
  getMessageTemplate,
  listMessageTemplates,
} from '../../notifications/templates/list-message-templates.ts';
import { previewMessageTemplate } from '../../notifications/templates/preview-message-template.ts';
import { resetMessageTemplate } from '../../notifications/templates/reset-message-template.ts';
import { saveMessageTemplate } from '../../notifications/templates/save-message-template.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';

const tags = ['notifications'];

/** The admins' message templates (docs/notifications.md, "Templates"): list, save, reset, preview. */
export function registerMessageTemplateRoutes(app: ApiApp, services: Services): void {
  registerTemplateReadRoutes(app, services);
  registerTemplateWriteRoutes(app, services);
}

function registerTemplateReadRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/message-templates',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary:
          'Every kind of interview message in every language: the organization’s wording or the default',
        response: { 200: messageTemplatesSchema },
      },
    },
    async (request) => listMessageTemplates(services.database.db, request.session!.actor),
  );

  app.post(
    '/api/message-templates/preview',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary:
          'A template as typed, rendered with sample data (subject, HTML and text), after the save checks',
        body: previewMessageTemplateSchema,
        response: { 200: messageTemplatePreviewSchema, 400: errorSchema },
      },
    },
    async (request) =>
      previewMessageTemplate(request.session!.actor, request.body, services.config.publicUrl),
  );
}

function registerTemplateWriteRoutes(app: ApiApp, services: Services): void {
  app.put(
    '/api/message-templates/:kind/:language',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Save the organization’s wording of one message in one language (409 when edited since)',
        params: messageTemplateParamsSchema,
        body: saveMessageTemplateSchema,
        response: { 200: messageTemplateSchema, 400: errorSchema, 409: errorSchema },
      },
    },
    async (request) => {
      const actor = request.session!.actor;
      await saveMessageTemplate(services.database, actor, request.params, request.body);
      return getMessageTemplate(services.database.db, actor, request.params.kind, request.params.language);
    },
  );

  app.delete(
    '/api/message-templates/:kind/:language',
    {
      config: { access: ['admin'] },
      schema: {
        tags,
        summary: 'Reset one message in one language to Parley’s default',
        params: messageTemplateParamsSchema,
        response: { 200: messageTemplateSchema, 400: errorSchema },
      },
    },
    async (request) => {
      const actor = request.session!.actor;
      await resetMessageTemplate(services.database, actor, request.params);
      return getMessageTemplate(services.database.db, actor, request.params.kind, request.params.language);
    },
  );
}
