import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error.ts';
import { api } from '../../../api/parley-client.ts';
import type { OrganizationZoomConnection, ZoomRoom } from '../../../api/zoom-types.ts';
import { ErrorAlert, SuccessMessage } from '../../../components/alerts.tsx';
import { Loading } from '../../../components/loading.tsx';
import { useApiResource } from '../../../components/use-api-resource.ts';
import { useDateTimeFormat } from '../../../format/use-date-time.ts';

interface ZoomRoomsSectionProps {
  connection: OrganizationZoomConnection;
  canEdit: boolean;
}

/** Z12: the account's Zoom Rooms, as last read from Zoom; admins refresh the list. */
export function ZoomRoomsSection({ connection, canEdit }: ZoomRoomsSectionProps) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const { state, reload, updateData } = useApiResource(() => api.listZoomRooms(), [connection.status]);
  const [refreshing, setRefreshing] = useState(false);
  const [refreshError, setRefreshError] = useState<unknown>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const connected = connection.status === 'connected';
  const notConnected =
    state.status === 'failed' && state.error instanceof ApiError && state.error.code === 'ZOOM_NOT_CONNECTED';

  async function refresh() {
    setRefreshing(true);
    setRefreshError(null);
    setConfirmation(null);
    try {
      const rooms = await api.syncZoomRooms();
      updateData(() => rooms);
      setConfirmation(t('zoomRooms.refreshed', { number: rooms.rooms.length }));
    } catch (error) {
      setRefreshError(error);
    } finally {
      setRefreshing(false);
    }
  }

  return (
    <section className="section" aria-labelledby="zoom-rooms-heading">
      <div className="section-header">
        <h2 id="zoom-rooms-heading">{t('zoomRooms.heading')}</h2>
        {canEdit && (
          <button
            type="button"
            className="button button-secondary"
            onClick={refresh}
            disabled={!connected || refreshing}
          >
            {refreshing ? t('zoomRooms.refreshing') : t('zoomRooms.refresh')}
          </button>
        )}
      </div>
      <p className="section-intro">{t('zoomRooms.intro')}</p>
      <SuccessMessage>{confirmation}</SuccessMessage>
      {refreshError !== null && <ErrorAlert error={refreshError} />}
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' &&
        (notConnected ? (
          <p className="empty-note">{t('zoomRooms.emptyNotConnected')}</p>
        ) : (
          <ErrorAlert error={state.error} onRetry={reload} />
        ))}
      {state.status === 'loaded' && (
        <>
          {state.data.syncedAt && (
            <p className="field-hint">
              {t('zoomRooms.syncedAt', { time: formatDateTime(state.data.syncedAt) })}
            </p>
          )}
          {state.data.rooms.length === 0 ? (
            <p className="empty-note">
              {connected
                ? state.data.syncedAt
                  ? t('zoomRooms.empty')
                  : t('zoomRooms.neverLoaded')
                : t('zoomRooms.emptyNotConnected')}
            </p>
          ) : (
            <ZoomRoomsTable rooms={state.data.rooms} />
          )}
        </>
      )}
    </section>
  );
}

/** Zoom's room states in words; a state Zoom adds later is shown as Zoom names it. */
function zoomRoomStatusLabel(status: string, t: TFunction): string {
  switch (status) {
    case 'Available':
      return t('zoomRooms.statusAvailable');
    case 'InMeeting':
      return t('zoomRooms.statusInMeeting');
    case 'Offline':
      return t('zoomRooms.statusOffline');
    case 'UnderConstruction':
      return t('zoomRooms.statusUnderConstruction');
    default:
      return status;
  }
}

function ZoomRoomsTable({ rooms }: { rooms: ZoomRoom[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="table">
        <caption className="visually-hidden">{t('zoomRooms.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('zoomRooms.name')}</th>
            <th scope="col">{t('zoomRooms.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rooms.map((room) => (
            <tr key={room.id}>
              <th scope="row">{room.name}</th>
              <td>{zoomRoomStatusLabel(room.status, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
