import { useTranslation } from 'react-i18next';
import { api } from '../../../api/parley-client.ts';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useApiResource } from '../../../components/use-api-resource.ts';
import { useMe } from '../../../session/session-context.tsx';
import { ConnectedUsersSection } from './connected-users-section.tsx';
import { HostCandidatesSection } from './host-candidates-section.tsx';
import { NotZoomAdminSection } from './not-zoom-admin-section.tsx';
import { OrganizationConnectionSection } from './organization-connection-section.tsx';
import { ServerToServerSection } from './server-to-server-section.tsx';
import { ZoomRoomsSection } from './zoom-rooms-section.tsx';

/**
 * Settings → Integrations → Zoom: the organization connection and everything that depends on it. Admins
 * change it; recruiters see the same page read-only.
 */
export function ZoomSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const canEdit = me.user.role === 'admin';
  const { state, reload, updateData } = useApiResource(() => api.getOrganizationZoom(), []);

  return (
    <>
      <PageHeading documentTitle={t('zoomSettings.title')} intro={t('zoomSettings.intro')}>
        {t('zoomSettings.title')}
      </PageHeading>
      {!canEdit && <p className="alert alert-info read-only-note">{t('zoomSettings.readOnly')}</p>}
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === 'loaded' && (
        <>
          <OrganizationConnectionSection
            connection={state.data}
            canEdit={canEdit}
            onConnectionChange={(connection) => updateData(() => connection)}
            onReload={reload}
          />
          {state.data.status !== 'connected' && (
            <NotZoomAdminSection
              canEdit={canEdit}
              hasPendingLink={state.data.pendingLink !== null}
              onLinkCreated={reload}
            />
          )}
          {canEdit && (
            <ServerToServerSection
              key={state.data.serverToServer?.clientId ?? 'none'}
              connection={state.data}
              onSaved={(connection) => updateData(() => connection)}
            />
          )}
          {canEdit && <ConnectedUsersSection connectionVersion={state.data.status} />}
          <HostCandidatesSection connection={state.data} canEdit={canEdit} />
          <ZoomRoomsSection connection={state.data} canEdit={canEdit} />
        </>
      )}
    </>
  );
}
