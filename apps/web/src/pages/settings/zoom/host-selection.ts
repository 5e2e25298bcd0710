import type { HostCandidate, HostCandidateChoice } from '@parley/api-contract';

/** The hosts ticked in the dialog, by Zoom user id; a custom label is kept for hosts that had one. */
export type HostSelection = ReadonlyMap<string, { label?: string }>;

/**
 * The selection the dialog opens with: the current hosts with their labels, or, when there are none, the
 * Zoom user who connected the organization (the default host).
 */
export function initialHostSelection(
  currentHosts: readonly HostCandidate[],
  connectingZoomUserId: string | null,
): HostSelection {
  const selection = new Map<string, { label?: string }>();
  for (const host of currentHosts) {
    selection.set(host.zoomUserId, host.customLabel ? { label: host.customLabel } : {});
  }
  if (selection.size === 0 && connectingZoomUserId) selection.set(connectingZoomUserId, {});
  return selection;
}

export function toggleHost(selection: HostSelection, zoomUserId: string, selected: boolean): HostSelection {
  const next = new Map(selection);
  if (selected) next.set(zoomUserId, selection.get(zoomUserId) ?? {});
  else next.delete(zoomUserId);
  return next;
}

/** The body of `PUT /api/zoom/host-candidates`: existing labels kept, new hosts get the server's default. */
export function hostChoices(selection: HostSelection): HostCandidateChoice[] {
  return [...selection].map(([zoomUserId, { label }]) => (label ? { zoomUserId, label } : { zoomUserId }));
}

/** Whether two selections tick the same hosts (labels are not changed in the dialog). */
export function isSameSelection(selection: HostSelection, other: HostSelection): boolean {
  return selection.size === other.size && [...selection.keys()].every((zoomUserId) => other.has(zoomUserId));
}
