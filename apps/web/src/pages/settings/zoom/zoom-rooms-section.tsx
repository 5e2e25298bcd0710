import type { OrganizationZoomConnection, ZoomRoom } from '@parley/api-contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error.ts';
import { api } from '../../../api/parley-client.ts';
import { ErrorAlert, SuccessMessage } from '../../../components/alerts.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { useDateTimeFormat } from '../../../format/use-date-time.ts';
import { QueryView } from '../../../queries/query-view.tsx';
import { zoomRoomsQuery } from '../../../queries/zoom-queries.ts';

interface ZoomRoomsSectionProps {
  connection: OrganizationZoomConnection;
  canEdit: boolean;
}

/** The account's Zoom Rooms, as last read from Zoom; admins refresh the list. */
export function ZoomRoomsSection({ connection, canEdit }: ZoomRoomsSectionProps) {
  const { t } = useTranslation('zoom');
  const formatDateTime = useDateTimeFormat();
  const queryClient = useQueryClient();
  const rooms = useQuery(zoomRoomsQuery);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const connected = connection.status === 'connected';
  const refreshRooms = useMutation({
    mutationFn: () => api.syncZoomRooms(),
    onSuccess: (list) => queryClient.setQueryData(zoomRoomsQuery.queryKey, list),
  });

  function refresh() {
    setConfirmation(null);
    refreshRooms.mutate(undefined, {
      onSuccess: (list) => setConfirmation(t('zoom.rooms.refreshed', { number: list.rooms.length })),
    });
  }

  const notConnectedNote = (error: unknown) =>
    error instanceof ApiError && error.code === 'ZOOM_NOT_CONNECTED' ? (
      <p className="empty-note">{t('zoom.rooms.emptyNotConnected')}</p>
    ) : undefined;

  return (
    <section className="section" aria-labelledby="zoom-rooms-heading">
      <div className="section-header">
        <h2 id="zoom-rooms-heading">{t('zoom.rooms.heading')}</h2>
        {canEdit && (
          <button
            type="button"
            className="button button-secondary"
            onClick={refresh}
            disabled={!connected || refreshRooms.isPending}
          >
            {refreshRooms.isPending ? t('zoom.rooms.refreshing') : t('zoom.rooms.refresh')}
          </button>
        )}
      </div>
      <p className="section-intro">{t('zoom.rooms.intro')}</p>
      <SuccessMessage>{confirmation}</SuccessMessage>
      {refreshRooms.error !== null && <ErrorAlert error={refreshRooms.error} />}
      <QueryView query={rooms} explainError={notConnectedNote}>
        {(list) => (
          <>
            {list.syncedAt && (
              <p className="field-hint">
                {t('zoom.rooms.syncedAt', { time: formatDateTime(list.syncedAt) })}
              </p>
            )}
            {list.rooms.length === 0 ? (
              <p className="empty-note">
                {connected
                  ? list.syncedAt
                    ? t('zoom.rooms.empty')
                    : t('zoom.rooms.neverLoaded')
                  : t('zoom.rooms.emptyNotConnected')}
              </p>
            ) : (
              <ZoomRoomsTable rooms={list.rooms} />
            )}
          </>
        )}
      </QueryView>
    </section>
  );
}

/** Zoom's room states in words; a state Zoom adds later is shown as Zoom names it. */
function zoomRoomStatusLabel(status: string, t: TFunction<'zoom'>): string {
  switch (status) {
    case 'Available':
      return t('zoom.rooms.statusAvailable');
    case 'InMeeting':
      return t('zoom.rooms.statusInMeeting');
    case 'Offline':
      return t('zoom.rooms.statusOffline');
    case 'UnderConstruction':
      return t('zoom.rooms.statusUnderConstruction');
    default:
      return status;
  }
}

function ZoomRoomsTable({ rooms }: { rooms: ZoomRoom[] }) {
  const { t } = useTranslation('zoom');
  return (
    <DataTable caption={t('zoom.rooms.heading')} columns={[t('zoom.rooms.name'), t('zoom.rooms.status')]}>
      {rooms.map((room) => (
        <tr key={room.id}>
          <th scope="row">{room.name}</th>
          <td>{zoomRoomStatusLabel(room.status, t)}</td>
        </tr>
      ))}
    </DataTable>
  );
}
