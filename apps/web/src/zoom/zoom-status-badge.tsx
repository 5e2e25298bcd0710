import type { ZoomConnectionStatus } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';
import { zoomStatusLabel } from './zoom-labels.ts';

const badgeClass: Record<ZoomConnectionStatus, string> = {
  not_connected: 'badge badge-neutral',
  awaiting_authorization: 'badge badge-info',
  connected: 'badge badge-success',
  needs_reconnect: 'badge badge-warning',
  removed_in_zoom: 'badge badge-danger',
};

/**
 * A connection state as a coloured badge with its name. A symbol per state (zoom.css) is drawn before the
 * text, so that states also differ in shape; it has empty alternative text, so the text stays the name.
 */
export function ZoomStatusBadge({ status }: { status: ZoomConnectionStatus }) {
  const { t } = useTranslation('zoom');
  return (
    <span className={`${badgeClass[status]} zoom-status`} data-status={status}>
      {zoomStatusLabel(status, t)}
    </span>
  );
}
