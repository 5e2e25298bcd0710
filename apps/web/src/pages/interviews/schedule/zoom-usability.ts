import type {
  HostCandidate,
  OrganizationZoomConnection,
  PersonalZoomConnection,
  ZoomConnectionStatus,
} from '@parley/api-contract';

/** Why the organization's Zoom cannot create meetings now: the dialog says so instead of offering them. */
export type ZoomBlocker = Exclude<ZoomConnectionStatus, 'connected'>;

/** What the schedule dialog may offer for a Web meeting. */
export interface ZoomUsability {
  /** The organization's connection creates meetings on its host candidates. */
  organization: boolean;
  /** Why not, when it does not. */
  blocker: ZoomBlocker | null;
  /** The recruiter has a working personal connection: "My own Zoom" can host. */
  ownZoom: boolean;
  /** Host candidates that can be named; flagged ones stay out (they would be skipped anyway). */
  hosts: HostCandidate[];
}

/**
 * Reads the connections the way the server decides: the organization's connection must be `connected`
 * for host candidates to host, and "My own Zoom" needs the recruiter's personal connection `connected`
 * (never the organization's instead).
 */
export function zoomUsability(
  organization: OrganizationZoomConnection,
  personal: PersonalZoomConnection,
  hosts: readonly HostCandidate[],
): ZoomUsability {
  const organizationUsable = organization.status === 'connected';
  return {
    organization: organizationUsable,
    blocker: organization.status === 'connected' ? null : organization.status,
    ownZoom: personal.status === 'connected',
    hosts: organizationUsable ? hosts.filter((host) => host.flag === null) : [],
  };
}

/** Whether any meeting can be made at all: by the organization's hosts or the recruiter's own Zoom. */
export function canMakeMeetings(usability: ZoomUsability): boolean {
  return usability.organization || usability.ownZoom;
}
