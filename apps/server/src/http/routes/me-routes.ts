import { z } from 'zod';
import { timeZoneSchema } from '../../accounts/time-zone.ts';
import { updateProfile } from '../../accounts/update-profile.ts';
import type { Services } from '../../services.ts';
import type { ApiApp } from '../api-app.ts';
import { languageSchema, meSchema } from '../api-schemas.ts';
import { buildMeResponse } from '../me-response.ts';

/** `GET /api/me` and `PATCH /api/me` (own name, language, time zone). */
export function registerMeRoutes(app: ApiApp, services: Services): void {
  app.get(
    '/api/me',
    {
      config: { access: 'signed-in' },
      schema: { tags: ['me'], summary: 'The signed-in user', response: { 200: meSchema } },
    },
    async (request) => buildMeResponse(services, request.session!.actor, request.sessionToken!),
  );

  app.patch(
    '/api/me',
    {
      config: { access: 'signed-in' },
      schema: {
        tags: ['me'],
        summary: 'Change your name, language or time zone',
        body: z.object({
          name: z.string().trim().min(1).max(200).optional(),
          language: languageSchema.optional(),
          timeZone: timeZoneSchema.optional(),
        }),
        response: { 200: meSchema },
      },
    },
    async (request) => {
      await updateProfile(services.database, request.session!.actor, request.body);
      return buildMeResponse(services, request.session!.actor, request.sessionToken!);
    },
  );
}
