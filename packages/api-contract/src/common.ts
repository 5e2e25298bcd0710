import { z } from 'zod';

/** An instant as the API writes it: ISO 8601 in UTC (`2026-03-29T08:00:00.000Z`). */
export const instantSchema = z.iso.datetime().meta({ description: 'ISO 8601 instant (UTC)' });

/** An instant a client sends: ISO 8601 with `Z` or an offset (`2026-03-29T10:00:00+02:00`). */
export const instantInputSchema = z.iso.datetime({ offset: true });

/** A path parameter holding a resource id; a malformed id is a validation error, not a 500. */
export const idParamsSchema = z.object({ id: z.guid() });

/** A Parley user named in an answer (who invited, who acted). */
export const namedUserSchema = z.object({ id: z.uuid(), name: z.string() });

/** Every error answer: a stable code, a message in the reader's language, field details for 400s. */
export const errorSchema = z
  .object({
    error: z.object({
      code: z.string(),
      message: z.string(),
      details: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
      meta: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
    }),
  })
  .meta({ id: 'Error' });

/** The answer of a request that succeeds without content (204). */
export const noContentSchema = z.null();
