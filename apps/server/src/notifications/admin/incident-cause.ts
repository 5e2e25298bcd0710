import type { AdminIncidentFacts, AdminIncidentKind } from '@parley/api-contract';

/**
 * What makes two reports the same incident: the organization connection for its problems, the host for a
 * host who cannot host, the host and Zoom's answer for failed meetings (three interviews refused with the
 * same code on the same host are one problem; another code is another), the host for meetings deleted in
 * Zoom (someone cleaning up that host's meetings).
 */
export function incidentCause(facts: AdminIncidentFacts): string {
  switch (facts.kind) {
    case 'zoom_connection_removed':
    case 'zoom_connection_needs_reconnect':
      return connectionCause(facts.connectionId);
    case 'meeting_failed':
      return `meeting:${facts.hostZoomUserId}:${facts.operation}:${facts.status}:${facts.zoomCode ?? '-'}`;
    case 'meeting_deleted_in_zoom':
      return `deleted-in-zoom:${facts.hostZoomUserId}`;
    case 'host_cannot_host':
      return hostCause(facts.hostCandidateId);
  }
}

/** The cause of a connection's incidents, for resolving them when it is reconnected or disconnected. */
export function connectionCause(connectionId: string): string {
  return `connection:${connectionId}`;
}

/** The cause of a host candidate's incident, for resolving it when the host can host again. */
export function hostCause(hostCandidateId: string): string {
  return `host:${hostCandidateId}`;
}

/** The kinds of the organization connection's incidents. */
export const connectionIncidentKinds: readonly AdminIncidentKind[] = [
  'zoom_connection_removed',
  'zoom_connection_needs_reconnect',
];
