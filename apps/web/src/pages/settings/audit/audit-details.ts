import { isZoomConnectionStatus } from '@parley/api-contract';
import type { TFunction } from 'i18next';
import { zoomStatusLabel } from '../../../zoom/zoom-labels.ts';
import { zoomStatusReasonLabel } from '../../../zoom/zoom-status-reason.ts';

/** Details the table leaves out: the granted scopes are long and shown on the Zoom settings page. */
const omittedDetails = new Set(['scopes']);

const isoInstant = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

function describeValue(value: unknown, formatInstant: (iso: string) => string): string {
  if (Array.isArray(value)) return value.map((item) => describeValue(item, formatInstant)).join(', ');
  if (isEmpty(value)) return '—';
  if (typeof value === 'string') return isoInstant.test(value) ? formatInstant(value) : value;
  if (typeof value === 'object') {
    const fields = value as Record<string, unknown>;
    if (typeof fields.email === 'string') return fields.email;
    if ('from' in fields || 'to' in fields) {
      return `${describeValue(fields.from, formatInstant)} → ${describeValue(fields.to, formatInstant)}`;
    }
    return Object.entries(fields)
      .map(([name, nested]) => `${name} ${describeValue(nested, formatInstant)}`)
      .join(', ');
  }
  return String(value);
}

/**
 * An event's details in one line. A status change reads "Connected → Needs reconnect (Zoom admin role
 * lost)"; other details are listed as `name: value` pairs, leaving out empty ones; instants are formatted
 * for the reader.
 */
export function describeAuditDetails(
  details: Record<string, unknown>,
  t: TFunction<'zoom'>,
  formatInstant: (iso: string) => string,
): string {
  const { from, to, reason, ...others } = details;
  const parts: string[] = [];
  let remaining = details;
  if (isZoomConnectionStatus(from) && isZoomConnectionStatus(to)) {
    const change = `${zoomStatusLabel(from, t)} → ${zoomStatusLabel(to, t)}`;
    parts.push(typeof reason === 'string' ? `${change} (${zoomStatusReasonLabel(reason, t)})` : change);
    remaining = others;
  }
  for (const [name, value] of Object.entries(remaining)) {
    if (omittedDetails.has(name) || isEmpty(value)) continue;
    parts.push(`${name}: ${describeValue(value, formatInstant)}`);
  }
  return parts.join(' · ');
}
