import {
  type HostCandidateFlag,
  type HostCandidateStatus,
  type HostNameParts,
  hostLabel,
  type ZoomUserRole,
  type ZoomUserType,
} from '@parley/api-contract';
import type { ZoomUser } from '@parley/zoom-client';

/**
 * A host's label where no viewer's language applies (an interview's record, an audit entry, ordering):
 * the custom label, else the default in English name order. Views answer in the request's language.
 */
export function recordedHostLabel(host: HostNameParts & { customLabel: string | null }): string {
  return hostLabel(host, 'en');
}

/**
 * Why a host cannot host any more, or null. A deleted or deactivated Zoom user cannot host at all; a
 * Basic user can, but every meeting ends after 40 minutes, which no interview should risk.
 */
export function hostFlagFor(status: HostCandidateStatus, type: number): HostCandidateFlag | null {
  switch (status) {
    case 'deleted':
      return 'deleted';
    case 'inactive':
      return 'deactivated';
    case 'active':
    case 'pending':
      return type === 1 ? 'basic_license' : null;
  }
}

/** A license type as Parley stores it; anything Zoom adds later counts as Unassigned. */
export function zoomUserType(type: number): ZoomUserType {
  return type === 1 || type === 2 ? type : 4;
}

/** Zoom's default role ids (Owner 0, Admin 1, Member 2) and role names ("Owner", "Admin", "Member"). */
export function zoomUserRole(user: Pick<ZoomUser, 'role_id' | 'role_name'>): ZoomUserRole | null {
  if (user.role_id === '0') return 'owner';
  if (user.role_id === '1') return 'admin';
  if (user.role_id === '2') return 'member';
  return user.role_name ? zoomRoleFromName(user.role_name) : null;
}

/** A role name as `user.updated` carries it; custom roles count as members (they cannot install admin apps). */
export function zoomRoleFromName(roleName: string): ZoomUserRole {
  const normalized = roleName.trim().toLowerCase();
  return normalized === 'owner' || normalized === 'admin' ? normalized : 'member';
}

/** Splits "First Last" where Zoom gave only a display name: the last word is the last name. */
export function splitZoomName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length <= 1) return { firstName: words[0] ?? '', lastName: '' };
  return { firstName: words.slice(0, -1).join(' '), lastName: words.at(-1)! };
}
