import { useTranslation } from 'react-i18next';
import type { ZoomConnectionStatus } from '../api/zoom-types.ts';
import { zoomStatusLabel } from './zoom-labels.ts';

const badgeClass: Record<ZoomConnectionStatus, string> = {
  not_connected: 'badge badge-neutral',
  awaiting_authorization: 'badge badge-info',
  connected: 'badge badge-success',
  needs_reconnect: 'badge badge-warning',
  removed_in_zoom: 'badge badge-danger',
};

/** A marker before the text, so that the state does not rest on colour alone (also in forced colours). */
const badgeSymbol: Record<ZoomConnectionStatus, string> = {
  not_connected: '○',
  awaiting_authorization: '◔',
  connected: '●',
  needs_reconnect: '▲',
  removed_in_zoom: '✕',
};

/** A connection state as a coloured badge with a symbol and its name. */
export function ZoomStatusBadge({ status }: { status: ZoomConnectionStatus }) {
  const { t } = useTranslation();
  return (
    <span className={badgeClass[status]}>
      <span aria-hidden="true" className="badge-symbol">
        {badgeSymbol[status]}
      </span>
      {zoomStatusLabel(status, t)}
    </span>
  );
}
