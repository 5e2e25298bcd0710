import type { TFunction } from 'i18next';
import { isZoomConnectionStatus } from '../../../api/zoom-types.ts';
import { zoomStatusLabel } from '../../../zoom/zoom-labels.ts';
import { zoomStatusReasonLabel } from '../../../zoom/zoom-status-reason.ts';

function describeValue(value: unknown): string {
  if (Array.isArray(value)) return value.length > 0 ? value.map(describeValue).join(', ') : '—';
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') {
    const { email, from, to } = value as Record<string, unknown>;
    if (typeof email === 'string') return email;
    if (from !== undefined || to !== undefined) return `${describeValue(from)} → ${describeValue(to)}`;
    return JSON.stringify(value);
  }
  return String(value);
}

/**
 * An event's details in one line. A status change reads "Connected → Needs reconnect (Zoom admin role
 * lost)"; other details are listed as `name: value` pairs.
 */
export function describeAuditDetails(details: Record<string, unknown>, t: TFunction): string {
  const { from, to, reason, ...others } = details;
  const parts: string[] = [];
  let remaining = details;
  if (isZoomConnectionStatus(from) && isZoomConnectionStatus(to)) {
    const change = `${zoomStatusLabel(from, t)} → ${zoomStatusLabel(to, t)}`;
    parts.push(typeof reason === 'string' ? `${change} (${zoomStatusReasonLabel(reason, t)})` : change);
    remaining = others;
  }
  for (const [name, value] of Object.entries(remaining)) parts.push(`${name}: ${describeValue(value)}`);
  return parts.join(' · ');
}
