import {
  hostCandidateFlags,
  hostCandidateStatuses,
  storedZoomConnectionStatuses,
  zoomAccountUserStatuses,
  zoomAuthTypes,
  zoomStatusReasons,
  zoomUserRoles,
} from '@parley/api-contract';
import { sql } from 'drizzle-orm';
import { boolean, check, index, integer, jsonb, pgTable, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { createdAt, id, inList, instant, organizationId, updatedAt } from './columns.ts';
import { sessions, users } from './schema.ts';

/** Who a Zoom connection serves: the whole organization or one user. */
export const zoomConnectionKinds = ['organization', 'personal'] as const;
export type ZoomConnectionKind = (typeof zoomConnectionKinds)[number];

/** What an OAuth `state` was issued for. */
export const zoomOAuthPurposes = ['organization', 'personal', 'admin_link'] as const;
export type ZoomOAuthPurpose = (typeof zoomOAuthPurposes)[number];

/** A problem found by the last health check, stored in words-free form; the API words it per language. */
export interface StoredZoomProblem {
  code: string;
  zoomCode?: number;
  /** Zoom's own message, never containing secrets. */
  zoomMessage?: string;
  missingScopes?: string[];
}

/**
 * Zoom connections: at most one `organization` row per organization and one `personal` row per user.
 * Tokens and the Server-to-Server client secret are sealed with the SecretBox (never plaintext). A row is
 * deleted on disconnect; `removed_in_zoom` keeps the row without tokens.
 */
export const zoomConnections = pgTable(
  'zoom_connections',
  {
    id: id(),
    organizationId: organizationId(),
    kind: text('kind', { enum: zoomConnectionKinds }).notNull(),
    /** The owner of a personal connection; null for the organization connection. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    authType: text('auth_type', { enum: zoomAuthTypes }).notNull(),
    status: text('status', { enum: storedZoomConnectionStatuses }).notNull(),
    statusReason: text('status_reason', { enum: zoomStatusReasons }),
    statusChangedAt: instant('status_changed_at').notNull().defaultNow(),
    zoomAccountId: text('zoom_account_id').notNull(),
    /** The authorizing Zoom user (OAuth) or the account owner (Server-to-Server). */
    zoomUserId: text('zoom_user_id').notNull(),
    zoomUserEmail: text('zoom_user_email').notNull(),
    zoomUserName: text('zoom_user_name').notNull(),
    zoomUserRole: text('zoom_user_role', { enum: zoomUserRoles }).notNull(),
    scopes: text('scopes').array().notNull().default(sql`'{}'::text[]`),
    sealedAccessToken: text('sealed_access_token'),
    /** OAuth only; Zoom rotates it on every refresh. */
    sealedRefreshToken: text('sealed_refresh_token'),
    accessTokenExpiresAt: instant('access_token_expires_at'),
    /**
     * A token renewal under way: who claimed it and until when. Zoom rotates refresh tokens, so one
     * connection renews once at a time; the claim is taken in a short transaction instead of a row lock held
     * across the call to Zoom, and expires if its renewer died.
     */
    renewalClaim: text('renewal_claim'),
    renewingUntil: instant('renewing_until'),
    s2sAccountId: text('s2s_account_id'),
    s2sClientId: text('s2s_client_id'),
    sealedS2sClientSecret: text('sealed_s2s_client_secret'),
    /** The regional API base Zoom named in the token answer (informational). */
    apiUrl: text('api_url'),
    connectedAt: instant('connected_at').notNull().defaultNow(),
    connectedByUserId: uuid('connected_by_user_id').references(() => users.id),
    lastUsedAt: instant('last_used_at'),
    lastCheckAt: instant('last_check_at'),
    lastCheckOk: boolean('last_check_ok'),
    lastCheckProblem: jsonb('last_check_problem').$type<StoredZoomProblem>(),
    /** When the account's Zoom Rooms were last read (an account without rooms has no room row to say so). */
    roomsSyncedAt: instant('rooms_synced_at'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('zoom_connections_organization_unique')
      .on(table.organizationId)
      .where(sql`${table.kind} = 'organization'`),
    uniqueIndex('zoom_connections_personal_unique').on(table.userId).where(sql`${table.kind} = 'personal'`),
    index('zoom_connections_zoom_account_idx').on(table.zoomAccountId),
    index('zoom_connections_zoom_user_idx').on(table.zoomUserId),
    check('zoom_connections_kind_check', inList('kind', zoomConnectionKinds)),
    check('zoom_connections_auth_type_check', inList('auth_type', zoomAuthTypes)),
    check('zoom_connections_status_check', inList('status', storedZoomConnectionStatuses)),
    check(
      'zoom_connections_owner_check',
      sql`(kind = 'organization' AND user_id IS NULL) OR (kind = 'personal' AND user_id IS NOT NULL)`,
    ),
  ],
);

/**
 * Links a Parley admin who is not a Zoom admin sends to their Zoom admin: signed, valid 7 days, single use.
 * Only a SHA-256 hash of the link token is stored.
 */
export const zoomAdminLinks = pgTable(
  'zoom_admin_links',
  {
    id: id(),
    organizationId: organizationId(),
    tokenHash: text('token_hash').notNull().unique(),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    /** The Zoom account the organization was connected to before, if any (`wrong_zoom_account`). */
    expectedZoomAccountId: text('expected_zoom_account_id'),
    createdAt: createdAt(),
    expiresAt: instant('expires_at').notNull(),
    usedAt: instant('used_at'),
    withdrawnAt: instant('withdrawn_at'),
  },
  (table) => [index('zoom_admin_links_organization_idx').on(table.organizationId, table.createdAt)],
);

/**
 * OAuth `state` values in flight: single use (the row is deleted when the callback consumes it), valid
 * 10 minutes. Only a SHA-256 hash of the state is stored; the PKCE verifier is sealed.
 */
export const zoomOAuthStates = pgTable(
  'zoom_oauth_states',
  {
    id: id(),
    stateHash: text('state_hash').notNull().unique(),
    purpose: text('purpose', { enum: zoomOAuthPurposes }).notNull(),
    organizationId: organizationId(),
    /** The Parley user who started the flow; null for an admin link (the Zoom admin has no login). */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'cascade' }),
    adminLinkId: uuid('admin_link_id').references(() => zoomAdminLinks.id, { onDelete: 'cascade' }),
    /**
     * The Parley session (browser) that started an organization or personal flow: only it may complete the
     * flow. Null for an admin link, which a Zoom admin completes in their own browser by design.
     */
    sessionId: uuid('session_id').references(() => sessions.id, { onDelete: 'cascade' }),
    sealedCodeVerifier: text('sealed_code_verifier').notNull(),
    redirectUri: text('redirect_uri').notNull(),
    createdAt: createdAt(),
    expiresAt: instant('expires_at').notNull(),
  },
  (table) => [
    index('zoom_oauth_states_expires_idx').on(table.expiresAt),
    check('zoom_oauth_states_purpose_check', inList('purpose', zoomOAuthPurposes)),
    check(
      'zoom_oauth_states_session_check',
      sql`${table.purpose} = 'admin_link' or ${table.sessionId} is not null`,
    ),
  ],
);

/**
 * Users of the organization's Zoom account chosen to host meetings. A host who can no longer host
 * is flagged, never silently removed.
 */
export const zoomHostCandidates = pgTable(
  'zoom_host_candidates',
  {
    id: id(),
    organizationId: organizationId(),
    zoomAccountId: text('zoom_account_id').notNull(),
    zoomUserId: text('zoom_user_id').notNull(),
    email: text('email').notNull(),
    firstName: text('first_name').notNull().default(''),
    lastName: text('last_name').notNull().default(''),
    /**
     * The label an admin gave the host, as typed; null for the default, which every view composes in its
     * viewer's name order (see `hostLabel` in the contract) rather than storing one language's order.
     */
    customLabel: text('label'),
    /** 1 Basic, 2 Licensed, 4 Unassigned. */
    type: integer('type').notNull(),
    status: text('status', { enum: hostCandidateStatuses }).notNull(),
    /** The connecting Zoom user. */
    isDefault: boolean('is_default').notNull().default(false),
    flag: text('flag', { enum: hostCandidateFlags }),
    /**
     * How many meetings Zoom lets this host run at once, from the user's Concurrent Meeting feature
     * (`GET /users/{userId}/settings`: Basic or Plus 2, None 1; a Basic-licence user 1). Null while unknown —
     * the connection lacks the optional settings scope, or Zoom has not been asked yet — and host assignment
     * then assumes 1 and says so. It never books more overlapping meetings on the host than this.
     */
    concurrentMeetings: integer('concurrent_meetings'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('zoom_host_candidates_user_unique').on(table.organizationId, table.zoomUserId),
    index('zoom_host_candidates_account_idx').on(table.zoomAccountId),
    // Recruiters choose a host by label: custom labels are unique per Zoom account as a person reads them
    // (case and surrounding spaces aside). Defaults are not stored and contain the e-mail anyway.
    uniqueIndex('zoom_host_candidates_label_unique')
      .on(table.organizationId, table.zoomAccountId, sql`lower(btrim(${table.customLabel}))`)
      .where(sql`${table.customLabel} is not null`),
  ],
);

/**
 * What a host is named from: with `hostLabel` of the contract, the custom label or the default in a reader's
 * name order. Stored labels are in English order, so every view that names a host selects these.
 */
export const hostNameColumns = {
  id: zoomHostCandidates.id,
  zoomUserId: zoomHostCandidates.zoomUserId,
  email: zoomHostCandidates.email,
  firstName: zoomHostCandidates.firstName,
  lastName: zoomHostCandidates.lastName,
  customLabel: zoomHostCandidates.customLabel,
};

/** A snapshot of the organization Zoom account's users, for search in the host dialog. */
export const zoomAccountUsers = pgTable(
  'zoom_account_users',
  {
    id: id(),
    organizationId: organizationId(),
    zoomAccountId: text('zoom_account_id').notNull(),
    /** Null for pending users: Zoom returns no id for them. */
    zoomUserId: text('zoom_user_id'),
    email: text('email').notNull(),
    firstName: text('first_name').notNull().default(''),
    lastName: text('last_name').notNull().default(''),
    type: integer('type').notNull(),
    status: text('status', { enum: zoomAccountUserStatuses }).notNull(),
    role: text('role', { enum: zoomUserRoles }),
    syncedAt: instant('synced_at').notNull(),
  },
  (table) => [
    uniqueIndex('zoom_account_users_email_unique').on(table.organizationId, table.email),
    index('zoom_account_users_zoom_user_idx').on(table.organizationId, table.zoomUserId),
  ],
);

/** The organization Zoom account's Zoom Rooms, offered as an interview's location. */
export const zoomRooms = pgTable(
  'zoom_rooms',
  {
    id: id(),
    organizationId: organizationId(),
    zoomAccountId: text('zoom_account_id').notNull(),
    /** Zoom's room `id`. */
    zoomRoomId: text('zoom_room_id').notNull(),
    name: text('name').notNull(),
    status: text('status').notNull(),
    locationId: text('location_id'),
    syncedAt: instant('synced_at').notNull(),
  },
  (table) => [uniqueIndex('zoom_rooms_room_unique').on(table.organizationId, table.zoomRoomId)],
);

/**
 * Webhooks received from Zoom; the hash of the raw body makes a redelivered event a no-op (Zoom redelivers
 * until it is answered with a 2xx).
 */
export const zoomWebhookEvents = pgTable(
  'zoom_webhook_events',
  {
    id: id(),
    bodyHash: text('body_hash').notNull().unique(),
    event: text('event').notNull(),
    zoomAccountId: text('zoom_account_id'),
    receivedAt: instant('received_at').notNull().defaultNow(),
    /** What handling did, e.g. `applied`, `ignored`, `failed`; null while in progress. */
    result: text('result'),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
  },
  (table) => [index('zoom_webhook_events_received_idx').on(table.receivedAt)],
);
