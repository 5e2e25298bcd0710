import { text } from '@parley/api-contract';
import { z } from 'zod';

/** Response schemas of the Zoom connection routes (docs/zoom-api.md, "Types"). */
const instant = z.iso.datetime();

export const zoomConnectionStatusSchema = z.enum([
  'not_connected',
  'awaiting_authorization',
  'connected',
  'needs_reconnect',
  'removed_in_zoom',
]);

export const zoomProblemSchema = z
  .object({
    code: z.string(),
    message: z.string(),
    zoomCode: z.number().int().optional(),
    missingScopes: z.array(z.string()).optional(),
  })
  .meta({ id: 'ZoomProblem' });

const namedUser = z.object({ id: z.string(), name: z.string() });

export const organizationZoomConnectionSchema = z
  .object({
    status: zoomConnectionStatusSchema,
    statusReason: z.string().nullable(),
    statusChangedAt: instant.nullable(),
    authType: z.enum(['oauth', 'server_to_server']).nullable(),
    zoomAccountId: z.string().nullable(),
    zoomUser: z
      .object({
        id: z.string(),
        email: z.string(),
        name: z.string(),
        role: z.enum(['owner', 'admin', 'member']),
      })
      .nullable(),
    scopes: z.array(z.string()),
    connectedAt: instant.nullable(),
    connectedBy: namedUser.nullable(),
    lastCheckAt: instant.nullable(),
    lastCheckOk: z.boolean().nullable(),
    problem: zoomProblemSchema.nullable(),
    pendingLink: z.object({ expiresAt: instant, createdBy: namedUser }).nullable(),
    serverToServer: z.object({ accountId: text(), clientId: z.string() }).nullable(),
  })
  .meta({ id: 'OrganizationZoomConnection' });

export const personalZoomConnectionSchema = z
  .object({
    status: zoomConnectionStatusSchema,
    statusReason: z.string().nullable(),
    zoomUser: z.object({ id: z.string(), email: z.string(), name: z.string() }).nullable(),
    connectedAt: instant.nullable(),
    lastUsedAt: instant.nullable(),
    problem: zoomProblemSchema.nullable(),
    effective: z.object({
      source: z.enum(['personal', 'organization', 'none']),
      zoomEmail: z.string().nullable(),
      usable: z.boolean(),
    }),
  })
  .meta({ id: 'PersonalZoomConnection' });

export const authorizeUrlSchema = z.object({ authorizeUrl: z.url() }).meta({ id: 'ZoomAuthorization' });

/** Server-to-Server credentials as the admin enters them; trimmed, never echoed. */
export const serverToServerCredentialsSchema = z.object({
  accountId: text().trim().min(1).max(200),
  clientId: text().trim().min(1).max(200),
  clientSecret: text().trim().min(1).max(500),
});

/** An admin-link token in a path: `<nonce>.<expiry>.<signature>` (anything else is simply invalid). */
export const adminLinkTokenParamsSchema = z.object({ token: text().min(1).max(300) });
