import { z } from 'zod';
import { roleSchema } from '../accounts/schemas.ts';
import { instantSchema as instant } from '../common.ts';
import { text } from '../text.ts';
import { zoomConnectionStatusSchema } from './connections.ts';
import {
  hostCandidateFlags,
  hostCandidateStatuses,
  maxAccountUsersPerPage,
  zoomAccessSources,
  zoomAccountUserStatuses,
  zoomUserRoles,
} from './values.ts';

/** Schemas of the organization's Zoom directory: connected users, account users, host candidates, rooms. */
const zoomUserTypeSchema = z.union([z.literal(1), z.literal(2), z.literal(4)]);

/** A Parley user with the Zoom access their meetings use. */
export const connectedUserSchema = z
  .object({
    user: z.object({
      id: z.uuid(),
      name: z.string(),
      email: z.string(),
      role: roleSchema,
      active: z.boolean(),
    }),
    source: z.enum(zoomAccessSources),
    /** Of the connection named by `source`. */
    status: zoomConnectionStatusSchema,
    zoomEmail: z.string().nullable(),
    lastUsedAt: instant.nullable(),
  })
  .meta({ id: 'ConnectedUser' });
export type ConnectedUser = z.infer<typeof connectedUserSchema>;

/** `GET /api/zoom/connected-users`. */
export const connectedUserListSchema = z.object({ users: z.array(connectedUserSchema) });

export const zoomAccountUserSchema = z
  .object({
    /** Null for pending users: Zoom gives them no id until they accept the invitation. */
    zoomUserId: z.string().nullable(),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    type: zoomUserTypeSchema,
    status: z.enum(zoomAccountUserStatuses),
    role: z.enum(zoomUserRoles).nullable(),
    /** Whether this user is a host candidate now. */
    selected: z.boolean(),
  })
  .meta({ id: 'ZoomAccountUser' });
export type ZoomAccountUser = z.infer<typeof zoomAccountUserSchema>;

/** `GET /api/zoom/account-users` filters. */
export const zoomAccountUserQuerySchema = z.object({
  search: text().max(200).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(maxAccountUsersPerPage).default(maxAccountUsersPerPage),
});
/** The filters as a client passes them: every one optional, numbers as numbers. */
export type ZoomAccountUserQuery = Partial<z.infer<typeof zoomAccountUserQuerySchema>>;

/** `GET /api/zoom/account-users`: one page of the last loaded copy of the account's users. */
export const zoomAccountUserPageSchema = z.object({
  users: z.array(zoomAccountUserSchema),
  /** Users in the last loaded copy of the account's user list. */
  total: z.number().int(),
  /** Users matching `search`. */
  matched: z.number().int(),
  offset: z.number().int(),
  /** When the user list was last loaded from Zoom; null before the first load. */
  syncedAt: instant.nullable(),
});
export type ZoomAccountUserPage = z.infer<typeof zoomAccountUserPageSchema>;

/** `POST /api/zoom/account-users/sync`. */
export const zoomAccountUserSyncSchema = z.object({ total: z.number().int(), syncedAt: instant });
export type ZoomAccountUserSync = z.infer<typeof zoomAccountUserSyncSchema>;

export const hostCandidateSchema = z
  .object({
    id: z.uuid(),
    zoomUserId: z.string(),
    email: z.string(),
    firstName: z.string(),
    lastName: z.string(),
    /**
     * What the host is called in the request's language: the custom label, else the default composed in
     * that language's name order ("Adam Alvarez <email>", in Japanese "Alvarez Adam <email>").
     */
    label: z.string(),
    /** The label an admin typed; null when the host goes by the default. */
    customLabel: z.string().nullable(),
    type: zoomUserTypeSchema,
    status: z.enum(hostCandidateStatuses),
    /** The connecting Zoom user. */
    isDefault: z.boolean(),
    /** Why this host can no longer host; null when fine. Flagged hosts stay listed. */
    flag: z.enum(hostCandidateFlags).nullable(),
  })
  .meta({ id: 'HostCandidate' });
export type HostCandidate = z.infer<typeof hostCandidateSchema>;

/** `GET` and `PUT /api/zoom/host-candidates`. */
export const hostCandidateListSchema = z.object({ hosts: z.array(hostCandidateSchema) });

/**
 * One chosen host. Without `label` an existing host keeps theirs and a new one goes by the default; `null`
 * (or the default label itself) returns a host to the default.
 */
export const hostCandidateChoiceSchema = z.object({
  zoomUserId: text().trim().min(1).max(100),
  label: text().trim().min(1).max(200).nullable().optional(),
});
export type HostCandidateChoice = z.input<typeof hostCandidateChoiceSchema>;

/** `PUT /api/zoom/host-candidates`: the complete new list. */
export const hostCandidateChoicesSchema = z.object({ hosts: z.array(hostCandidateChoiceSchema).max(5_000) });

export const zoomRoomSchema = z
  .object({ id: z.uuid(), zoomRoomId: z.string(), name: z.string(), status: z.string(), syncedAt: instant })
  .meta({ id: 'ZoomRoom' });
export type ZoomRoom = z.infer<typeof zoomRoomSchema>;

/** `GET /api/zoom/rooms` and `POST /api/zoom/rooms/sync`. */
export const zoomRoomListSchema = z.object({ rooms: z.array(zoomRoomSchema), syncedAt: instant.nullable() });
export type ZoomRoomList = z.infer<typeof zoomRoomListSchema>;
