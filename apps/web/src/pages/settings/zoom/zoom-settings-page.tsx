import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../../components/page-heading.tsx';
import { QueryView } from '../../../queries/query-view.tsx';
import { organizationZoomQuery } from '../../../queries/zoom-queries.ts';
import { useMe } from '../../../session/session-context.tsx';
import { ConnectedUsersSection } from './connected-users-section.tsx';
import { FlaggedInterviewsSection } from './flagged-interviews-section.tsx';
import { HostCandidatesSection } from './host-candidates-section.tsx';
import { MeetingGuardSection } from './meeting-guard-section.tsx';
import { NotZoomAdminSection } from './not-zoom-admin-section.tsx';
import { OrganizationConnectionSection } from './organization-connection-section.tsx';
import { ServerToServerSection } from './server-to-server-section.tsx';
import { ZoomRoomsSection } from './zoom-rooms-section.tsx';

/**
 * Settings → Integrations → Zoom: the organization connection and everything that depends on it. Admins
 * change it; recruiters see the same page read-only. Admins also see the interviews a broken connection
 * affects and how Parley keeps meetings in step with Zoom.
 */
export function ZoomSettingsPage() {
  const { t } = useTranslation('zoom');
  const me = useMe();
  const canEdit = me.user.role === 'admin';
  const organization = useQuery(organizationZoomQuery);

  return (
    <>
      <PageHeading documentTitle={t('zoom.settings.title')} intro={t('zoom.settings.intro')}>
        {t('zoom.settings.title')}
      </PageHeading>
      {!canEdit && <p className="alert alert-info read-only-note">{t('zoom.settings.readOnly')}</p>}
      <QueryView query={organization}>
        {(connection) => (
          <>
            <OrganizationConnectionSection connection={connection} canEdit={canEdit} />
            {connection.status !== 'connected' && (
              <NotZoomAdminSection canEdit={canEdit} hasPendingLink={connection.pendingLink !== null} />
            )}
            {canEdit && <ServerToServerSection connection={connection} />}
            {canEdit && <ConnectedUsersSection />}
            <HostCandidatesSection connection={connection} canEdit={canEdit} />
            <ZoomRoomsSection connection={connection} canEdit={canEdit} />
            {canEdit && <FlaggedInterviewsSection />}
            {canEdit && <MeetingGuardSection />}
          </>
        )}
      </QueryView>
    </>
  );
}
