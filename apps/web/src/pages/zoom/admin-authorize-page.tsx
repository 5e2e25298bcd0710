import type { ZoomAdminLinkPreview } from '@parley/api-contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { api } from '../../api/parley-client.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import {
  CheckingLink,
  UnusableLinkPage,
  type UnusableLinkReason,
  unusableLinkReason,
} from '../../components/public-link-page.tsx';
import { useDateTimeFormat } from '../../format/use-date-time.ts';
import { zoomAdminLinkPreviewQuery } from '../../queries/zoom-queries.ts';
import { useZoomRedirect } from '../../zoom/use-zoom-redirect.ts';

const unusableLink = (error: unknown) =>
  unusableLinkReason(error, { expired: 'ZOOM_LINK_EXPIRED', invalid: 'ZOOM_LINK_INVALID' });

/**
 * The page a Zoom admin opens from the link a Parley admin sent them: no Parley account, no app shell.
 * It says who asks, what Parley will be able to do, and sends the admin to Zoom to approve.
 */
export function AdminAuthorizePage() {
  const { t } = useTranslation('zoom');
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
            documentTitle={t('zoom.adminAuthorize.title')}
            intro={t('zoom.adminAuthorize.request', {
              name: preview.data.requestedBy,
              organization: preview.data.organizationName,
            })}
          >
            {t('zoom.adminAuthorize.heading')}
          </PageHeading>
          <LinkDetails preview={preview.data} />
          {redirect.error !== null && <ErrorAlert error={redirect.error} />}
          <button
            type="button"
            className="button button-primary button-block"
            onClick={redirect.start}
            disabled={redirect.redirecting}
          >
            {redirect.redirecting ? t('zoom.settings.redirecting') : t('zoom.adminAuthorize.authorize')}
          </button>
        </>
      ) : (
        <CheckingLink
          query={preview}
          documentTitle={t('zoom.adminAuthorize.title')}
          heading={t('zoom.adminAuthorize.heading')}
          checking={t('zoom.adminAuthorize.checking')}
        />
      )}
    </PublicLayout>
  );
}

function LinkDetails({ preview }: { preview: ZoomAdminLinkPreview }) {
  const { t } = useTranslation('zoom');
  const formatDateTime = useDateTimeFormat();
  return (
    <>
      <section aria-labelledby="admin-authorize-access-heading" className="public-section">
        <h2 id="admin-authorize-access-heading">{t('zoom.adminAuthorize.accessHeading')}</h2>
        <ul className="checklist">
          <li>{t('zoom.adminAuthorize.accessMeetings')}</li>
          <li>{t('zoom.adminAuthorize.accessUsers')}</li>
          <li>{t('zoom.adminAuthorize.accessRooms')}</li>
        </ul>
        <p className="field-hint">{t('zoom.adminAuthorize.accessNot')}</p>
      </section>
      <section aria-labelledby="admin-authorize-requirements-heading" className="public-section">
        <h2 id="admin-authorize-requirements-heading">{t('zoom.adminAuthorize.requirementsHeading')}</h2>
        <p>{t('zoom.adminAuthorize.requirements')}</p>
        <ExpectedZoomAccount expected={preview.expectedZoomAccount} />
      </section>
      <dl className="facts facts-boxed">
        <div>
          <dt>{t('zoom.adminAuthorize.organization')}</dt>
          <dd>{preview.organizationName}</dd>
        </div>
        <div>
          <dt>{t('zoom.adminAuthorize.requestedBy')}</dt>
          <dd>{preview.requestedBy}</dd>
        </div>
        <div>
          <dt>{t('zoom.adminAuthorize.validUntil')}</dt>
          <dd>
            <time dateTime={preview.expiresAt}>{formatDateTime(preview.expiresAt)}</time>
          </dd>
        </div>
      </dl>
    </>
  );
}

/**
 * Which Zoom account the link must be completed in: the server refuses any other once the organization has
 * used one, so the Zoom admin learns it before signing in to Zoom, not from a refusal afterwards.
 */
function ExpectedZoomAccount({ expected }: { expected: ZoomAdminLinkPreview['expectedZoomAccount'] }) {
  const { t } = useTranslation('zoom');
  if (!expected) return <p>{t('zoom.adminAuthorize.anyAccount')}</p>;
  return (
    <p className="alert alert-info" data-testid="expected-zoom-account">
      {expected.zoomUserEmail
        ? t('zoom.adminAuthorize.expectedAccountOf', {
            email: expected.zoomUserEmail,
            accountId: expected.zoomAccountId,
          })
        : t('zoom.adminAuthorize.expectedAccount', { accountId: expected.zoomAccountId })}
    </p>
  );
}

function UnusableAdminLink({ reason }: { reason: UnusableLinkReason }) {
  const { t } = useTranslation('zoom');
  const heading =
    reason === 'expired' ? t('zoom.adminAuthorize.expiredHeading') : t('zoom.adminAuthorize.invalidHeading');
  const text =
    reason === 'expired' ? t('zoom.adminAuthorize.expiredText') : t('zoom.adminAuthorize.invalidText');
  return <UnusableLinkPage heading={heading} text={text} />;
}
