import { hostSettingsNeed } from '../shared/host-settings-scope.ts';

/**
 * What Parley needs from a token, one entry per capability: the granular scope it is named by, and the
 * classic scopes that also grant it (apps created before Zoom's granular scopes keep classic names,
 * and so do their tokens).
 */
interface ScopeNeed {
  scope: string;
  alsoGrantedBy: readonly string[];
  /** Optional needs are reported as a problem but leave the connection usable. */
  optional?: boolean;
}

/** Organization connections (admin-managed app or Server-to-Server): other users' data and meetings. */
const organizationNeeds: readonly ScopeNeed[] = [
  { scope: 'user:read:user:admin', alsoGrantedBy: ['user:read:admin', 'user:write:admin'] },
  { scope: 'user:read:list_users:admin', alsoGrantedBy: ['user:read:admin', 'user:write:admin'] },
  { scope: 'meeting:write:meeting:admin', alsoGrantedBy: ['meeting:write:admin'] },
  { scope: 'meeting:update:meeting:admin', alsoGrantedBy: ['meeting:write:admin'] },
  { scope: 'meeting:delete:meeting:admin', alsoGrantedBy: ['meeting:write:admin'] },
  { scope: 'meeting:read:meeting:admin', alsoGrantedBy: ['meeting:read:admin', 'meeting:write:admin'] },
  { scope: 'zoom_rooms:read:list_rooms:admin', alsoGrantedBy: ['room:read:admin'], optional: true },
  hostSettingsNeed,
];

/** Personal connections (user-managed app): the user's own profile and meetings. */
const personalNeeds: readonly ScopeNeed[] = [
  { scope: 'user:read:user', alsoGrantedBy: ['user:read', 'user:write', 'user_profile', 'user_info:read'] },
  { scope: 'meeting:write:meeting', alsoGrantedBy: ['meeting:write'] },
  { scope: 'meeting:update:meeting', alsoGrantedBy: ['meeting:write'] },
  { scope: 'meeting:delete:meeting', alsoGrantedBy: ['meeting:write'] },
  { scope: 'meeting:read:meeting', alsoGrantedBy: ['meeting:read', 'meeting:write'] },
];

/** Scopes a token lacks, split into those that block the connection and those that only limit it. */
export interface MissingZoomScopes {
  required: string[];
  optional: string[];
}

/** Which of Parley's needs the granted scopes do not cover, by granular scope name. */
export function findMissingZoomScopes(
  kind: 'organization' | 'personal',
  granted: readonly string[],
): MissingZoomScopes {
  const grantedSet = new Set(granted);
  const missing = (kind === 'organization' ? organizationNeeds : personalNeeds).filter(
    (need) => !grantedSet.has(need.scope) && !need.alsoGrantedBy.some((scope) => grantedSet.has(scope)),
  );
  return {
    required: missing.filter((need) => !need.optional).map((need) => need.scope),
    optional: missing.filter((need) => need.optional).map((need) => need.scope),
  };
}
