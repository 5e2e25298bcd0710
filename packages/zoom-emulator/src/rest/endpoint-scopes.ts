/**
 * Scopes that open an endpoint: granular (current apps) and classic (older apps), each split into
 * user-level (own data) and admin-level (anyone on the account). Source: `x-granular-scopes` and
 * `x-macro-scopes` / `security` of the saved OpenAPI files, and the scope errors Zoom was observed to return.
 */
export interface EndpointScopes {
  user: string[];
  admin: string[];
  classicUser: string[];
  classicAdmin: string[];
}

export const ENDPOINT_SCOPES = {
  getUser: {
    user: ['user:read:user'],
    admin: ['user:read:user:admin'],
    classicUser: ['user:read', 'user:write', 'user_profile', 'user_info:read'],
    classicAdmin: ['user:read:admin', 'user:write:admin'],
  },
  getUserSettings: {
    user: ['user:read:settings'],
    admin: ['user:read:settings:admin'],
    classicUser: ['user:read', 'user:write'],
    classicAdmin: ['user:read:admin', 'user:write:admin'],
  },
  listUsers: {
    user: [],
    admin: ['user:read:list_users:admin'],
    classicUser: [],
    classicAdmin: ['user:read:admin', 'user:write:admin'],
  },
  createMeeting: {
    user: ['meeting:write:meeting'],
    admin: ['meeting:write:meeting:admin'],
    classicUser: ['meeting:write'],
    classicAdmin: ['meeting:write:admin'],
  },
  getMeeting: {
    user: ['meeting:read:meeting'],
    admin: ['meeting:read:meeting:admin'],
    classicUser: ['meeting:read'],
    classicAdmin: ['meeting:read:admin'],
  },
  updateMeeting: {
    user: ['meeting:update:meeting'],
    admin: ['meeting:update:meeting:admin'],
    classicUser: ['meeting:write'],
    classicAdmin: ['meeting:write:admin'],
  },
  deleteMeeting: {
    user: ['meeting:delete:meeting'],
    admin: ['meeting:delete:meeting:admin'],
    classicUser: ['meeting:write'],
    classicAdmin: ['meeting:write:admin'],
  },
  listMeetings: {
    user: ['meeting:read:list_meetings'],
    admin: ['meeting:read:list_meetings:admin'],
    classicUser: ['meeting:read'],
    classicAdmin: ['meeting:read:admin'],
  },
  listRooms: {
    user: [],
    admin: ['zoom_rooms:read:list_rooms:admin'],
    classicUser: [],
    classicAdmin: ['room:read:admin'],
  },
} satisfies Record<string, EndpointScopes>;
