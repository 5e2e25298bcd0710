import { z } from 'zod';
import { languages } from '../accounts/values.ts';
import { instantSchema } from '../common.ts';
import { text } from '../text.ts';
import { messageTemplateKinds, messageTemplateLimits } from './message-template.ts';

/** One template: a kind of message in one language, the organization's own or Parley's default. */
export const messageTemplateSchema = z
  .object({
    kind: z.enum(messageTemplateKinds),
    language: z.enum(languages),
    subject: z.string(),
    body: z.string(),
    /** False while Parley's default applies; a reset makes it the default again. */
    custom: z.boolean(),
    /** The version to send back with a save; 0 for the default. */
    version: z.number().int(),
    updatedAt: instantSchema.nullable(),
    updatedByName: z.string().nullable(),
  })
  .meta({ id: 'MessageTemplate' });
export type MessageTemplate = z.infer<typeof messageTemplateSchema>;

/** `GET /api/message-templates`: every kind in every language. */
export const messageTemplatesSchema = z
  .object({ templates: z.array(messageTemplateSchema) })
  .meta({ id: 'MessageTemplates' });
export type MessageTemplates = z.infer<typeof messageTemplatesSchema>;

/** The path of one template: `/api/message-templates/:kind/:language`. */
export const messageTemplateParamsSchema = z.object({
  kind: z.enum(messageTemplateKinds),
  language: z.enum(languages),
});

const templateText = {
  subject: text().max(messageTemplateLimits.subject),
  body: text().max(messageTemplateLimits.body),
};

/** `PUT /api/message-templates/:kind/:language`: the new text and the version the editor read. */
export const saveMessageTemplateSchema = z.object({
  ...templateText,
  version: z.number().int().min(0),
});
export type SaveMessageTemplateInput = z.infer<typeof saveMessageTemplateSchema>;

/** `POST /api/message-templates/preview`: a template as typed, rendered with sample data. */
export const previewMessageTemplateSchema = z.object({
  kind: z.enum(messageTemplateKinds),
  language: z.enum(languages),
  ...templateText,
});
export type PreviewMessageTemplateInput = z.infer<typeof previewMessageTemplateSchema>;

/** The preview: the subject, HTML and text parts exactly as a message would carry them. */
export const messageTemplatePreviewSchema = z
  .object({ subject: z.string(), html: z.string(), text: z.string() })
  .meta({ id: 'MessageTemplatePreview' });
export type MessageTemplatePreview = z.infer<typeof messageTemplatePreviewSchema>;
