import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError } from '../../api/api-error.ts';
import { api } from '../../api/parley-client.ts';
import type { ZoomAdminLinkPreview } from '../../api/zoom-types.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import { useDateTimeFormat } from '../../format/use-date-time.ts';
import { QueryView } from '../../queries/query-view.tsx';
import { zoomAdminLinkPreviewQuery } from '../../queries/zoom-queries.ts';
import { useZoomRedirect } from '../../zoom/use-zoom-redirect.ts';

type UnusableLink = 'invalid' | 'expired';

function unusableLink(error: unknown): UnusableLink | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'ZOOM_LINK_EXPIRED') return 'expired';
  if (error.code === 'ZOOM_LINK_INVALID') return 'invalid';
  return undefined;
}

/**
 * The page a Zoom admin opens from the link a Parley admin sent them (Z2): no Parley account, no app shell.
 * It says who asks, what Parley will be able to do, and sends the admin to Zoom to approve.
 */
export function AdminAuthorizePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const preview = useQuery(zoomAdminLinkPreviewQuery(token));
  const redirect = useZoomRedirect(() => api.authorizeZoomAdminLink(token));

  const unusable =
    unusableLink(redirect.error) ?? (preview.isError ? unusableLink(preview.error) : undefined);
  if (unusable) return <UnusableAdminLink reason={unusable} />;

  return (
    <PublicLayout>
      {preview.isSuccess ? (
        <>
          <PageHeading
            documentTitle={t('adminAuthorize.title')}
            intro={t('adminAuthorize.request', {
              name: preview.data.requestedBy,
              organization: preview.data.organizationName,
            })}
          >
            {t('adminAuthorize.heading')}
          </PageHeading>
          <LinkDetails preview={preview.data} />
          {redirect.error !== null && <ErrorAlert error={redirect.error} />}
          <button
            type="button"
            className="button button-primary button-block"
            onClick={redirect.start}
            disabled={redirect.redirecting}
          >
            {redirect.redirecting ? t('zoomSettings.redirecting') : t('adminAuthorize.authorize')}
          </button>
        </>
      ) : (
        <>
          <PageHeading documentTitle={t('adminAuthorize.title')}>{t('adminAuthorize.heading')}</PageHeading>
          <QueryView
            query={preview}
            loading={
              <p className="loading" role="status">
                {t('adminAuthorize.checking')}
              </p>
            }
          >
            {() => null}
          </QueryView>
        </>
      )}
    </PublicLayout>
  );
}

function LinkDetails({ preview }: { preview: ZoomAdminLinkPreview }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  return (
    <>
      <section aria-labelledby="admin-authorize-access-heading" className="public-section">
        <h2 id="admin-authorize-access-heading">{t('adminAuthorize.accessHeading')}</h2>
        <ul className="checklist">
          <li>{t('adminAuthorize.accessMeetings')}</li>
          <li>{t('adminAuthorize.accessUsers')}</li>
          <li>{t('adminAuthorize.accessRooms')}</li>
        </ul>
        <p className="field-hint">{t('adminAuthorize.accessNot')}</p>
      </section>
      <section aria-labelledby="admin-authorize-requirements-heading" className="public-section">
        <h2 id="admin-authorize-requirements-heading">{t('adminAuthorize.requirementsHeading')}</h2>
        <p>{t('adminAuthorize.requirements')}</p>
      </section>
      <dl className="facts facts-boxed">
        <div>
          <dt>{t('adminAuthorize.organization')}</dt>
          <dd>{preview.organizationName}</dd>
        </div>
        <div>
          <dt>{t('adminAuthorize.requestedBy')}</dt>
          <dd>{preview.requestedBy}</dd>
        </div>
        <div>
          <dt>{t('adminAuthorize.validUntil')}</dt>
          <dd>
            <time dateTime={preview.expiresAt}>{formatDateTime(preview.expiresAt)}</time>
          </dd>
        </div>
      </dl>
    </>
  );
}

function UnusableAdminLink({ reason }: { reason: UnusableLink }) {
  const { t } = useTranslation();
  const heading =
    reason === 'expired' ? t('adminAuthorize.expiredHeading') : t('adminAuthorize.invalidHeading');
  const text = reason === 'expired' ? t('adminAuthorize.expiredText') : t('adminAuthorize.invalidText');
  return (
    <PublicLayout>
      <PageHeading documentTitle={heading} intro={text}>
        {heading}
      </PageHeading>
    </PublicLayout>
  );
}
