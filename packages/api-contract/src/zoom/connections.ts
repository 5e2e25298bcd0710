import { z } from 'zod';
import { instantSchema as instant } from '../common.ts';
import { text } from '../text.ts';
import { zoomAccessSources, zoomAuthTypes, zoomConnectionStatuses, zoomUserRoles } from './values.ts';

/** Schemas of the organization's and each user's Zoom connection (docs/zoom-api.md). */

export const zoomConnectionStatusSchema = z.enum(zoomConnectionStatuses);

/** A problem found by the last check or use; `message` is translated by the server. */
export const zoomProblemSchema = z
  .object({
    code: z.string(),
    message: z.string(),
    zoomCode: z.number().int().optional(),
    missingScopes: z.array(z.string()).optional(),
  })
  .meta({ id: 'ZoomProblem' });
export type ZoomProblem = z.infer<typeof zoomProblemSchema>;

const namedUser = z.object({ id: z.string(), name: z.string() });

export const organizationZoomConnectionSchema = z
  .object({
    status: zoomConnectionStatusSchema,
    statusReason: z.string().nullable(),
    statusChangedAt: instant.nullable(),
    authType: z.enum(zoomAuthTypes).nullable(),
    zoomAccountId: z.string().nullable(),
    /** The Zoom user who authorized (OAuth) or the account owner (Server-to-Server). */
    zoomUser: z
      .object({ id: z.string(), email: z.string(), name: z.string(), role: z.enum(zoomUserRoles) })
      .nullable(),
    scopes: z.array(z.string()),
    connectedAt: instant.nullable(),
    connectedBy: namedUser.nullable(),
    lastCheckAt: instant.nullable(),
    lastCheckOk: z.boolean().nullable(),
    problem: zoomProblemSchema.nullable(),
    /** While awaiting authorization: when the admin link expires (the link itself is shown only once). */
    pendingLink: z.object({ expiresAt: instant, createdBy: namedUser }).nullable(),
    /** Server-to-Server: the stored account id and client id (never the secret). */
    serverToServer: z.object({ accountId: z.string(), clientId: z.string() }).nullable(),
  })
  .meta({ id: 'OrganizationZoomConnection' });
export type OrganizationZoomConnection = z.infer<typeof organizationZoomConnectionSchema>;

export const personalZoomConnectionSchema = z
  .object({
    status: zoomConnectionStatusSchema,
    statusReason: z.string().nullable(),
    zoomUser: z.object({ id: z.string(), email: z.string(), name: z.string() }).nullable(),
    connectedAt: instant.nullable(),
    lastUsedAt: instant.nullable(),
    problem: zoomProblemSchema.nullable(),
    /** Which Zoom access the user's meetings use now. */
    effective: z.object({
      source: z.enum(zoomAccessSources),
      zoomEmail: z.string().nullable(),
      usable: z.boolean(),
    }),
  })
  .meta({ id: 'PersonalZoomConnection' });
export type PersonalZoomConnection = z.infer<typeof personalZoomConnectionSchema>;

/** Where to send the browser for Zoom's consent. */
export const authorizeUrlSchema = z.object({ authorizeUrl: z.url() }).meta({ id: 'ZoomAuthorization' });
export type ZoomAuthorization = z.infer<typeof authorizeUrlSchema>;

/** Server-to-Server credentials as the admin enters them; trimmed, never echoed. */
export const serverToServerCredentialsSchema = z.object({
  accountId: text().trim().min(1).max(200),
  clientId: text().trim().min(1).max(200),
  clientSecret: text().trim().min(1).max(500),
});
export type ServerToServerCredentials = z.input<typeof serverToServerCredentialsSchema>;

/** `POST /api/zoom/organization/server-to-server/test`: what Zoom said about the credentials. */
export const serverToServerTestResultSchema = z.object({
  zoomAccountId: z.string(),
  ownerEmail: z.string(),
  scopes: z.array(z.string()),
});
export type ServerToServerTestResult = z.infer<typeof serverToServerTestResultSchema>;

/** `POST /api/zoom/organization/admin-link`: the link for a Zoom admin, shown once. */
export const zoomAdminLinkSchema = z.object({ url: z.url(), expiresAt: instant });
export type ZoomAdminLink = z.infer<typeof zoomAdminLinkSchema>;

/** An admin-link token in a path: `<nonce>.<expiry>.<signature>` (anything else is simply invalid). */
export const adminLinkTokenParamsSchema = z.object({ token: text().min(1).max(300) });

/** `GET /api/zoom/admin-links/:token`: what an admin link reveals to the Zoom admin who opens it. */
export const zoomAdminLinkPreviewSchema = z.object({
  organizationName: z.string(),
  requestedBy: z.string(),
  expiresAt: instant,
  /**
   * The Zoom account the link must be completed in (the one the organization already uses), named by one
   * of its users; null when the organization has no Zoom account yet and any account is accepted.
   */
  expectedZoomAccount: z
    .object({ zoomAccountId: z.string(), zoomUserEmail: z.string().nullable() })
    .nullable(),
});
export type ZoomAdminLinkPreview = z.infer<typeof zoomAdminLinkPreviewSchema>;

/** Zoom's redirect to `/oauth/zoom/callback`; anything unexpected in it simply counts as absent. */
export const zoomCallbackQuerySchema = z.object({
  code: text().max(2000).optional().catch(undefined),
  state: text().max(500).optional().catch(undefined),
  error: text().max(200).optional().catch(undefined),
});
