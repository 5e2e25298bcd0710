import type {
  HostCandidate,
  InterviewLocationKind,
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

/**
 * Whether an interview can take place at `kind` with the Zoom there is: a Zoom meeting needs a host (the
 * organization's or the recruiter's own Zoom), a Zoom Room the organization's account (rooms are its own);
 * in person and by phone always can.
 */
export function placeUsable(kind: InterviewLocationKind, usability: ZoomUsability): boolean {
  if (kind === 'zoom') return canMakeMeetings(usability);
  if (kind === 'zoom_room') return usability.organization;
  return true;
}

/**
 * The place a new interview starts with: the stage's own when it can be used, else in person — so that a
 * stage set to Zoom does not leave Create disabled while the organization has no working Zoom.
 */
export function defaultPlace(
  stageKind: InterviewLocationKind,
  usability: ZoomUsability,
): InterviewLocationKind {
  return placeUsable(stageKind, usability) ? stageKind : 'in_person';
}
