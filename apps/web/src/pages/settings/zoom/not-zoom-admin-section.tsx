import { useTranslation } from 'react-i18next';
import { AdminLinkCreator } from '../../../zoom/admin-link-creator.tsx';
import { ZoomAdminHelp } from '../../../zoom/zoom-admin-help.tsx';

interface NotZoomAdminSectionProps {
  canEdit: boolean;
  hasPendingLink: boolean;
}

/**
 * For Parley admins who are not Zoom admins: why a Zoom admin must approve, a link to send them,
 * and what exactly that Zoom admin needs.
 */
export function NotZoomAdminSection({ canEdit, hasPendingLink }: NotZoomAdminSectionProps) {
  const { t } = useTranslation('zoom');
  return (
    <section className="card section" aria-labelledby="not-zoom-admin-heading">
      <h2 id="not-zoom-admin-heading">{t('zoom.adminLink.heading')}</h2>
      <p>{t('zoom.adminLink.explanation')}</p>
      {canEdit && (
        <>
          <p>{t('zoom.adminLink.howItWorks')}</p>
          <AdminLinkCreator replacesPendingLink={hasPendingLink} />
        </>
      )}
      <ZoomAdminHelp />
    </section>
  );
}
