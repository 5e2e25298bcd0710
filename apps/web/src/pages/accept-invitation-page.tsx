import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/api-error.ts';
import { api } from '../api/parley-client.ts';
import type { InvitationPreview } from '../api/types.ts';
import { ErrorAlert } from '../components/alerts.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { PublicLayout } from '../components/public-layout.tsx';
import { roleLabel } from '../components/role-label.ts';
import { useApiResource } from '../components/use-api-resource.ts';
import { useDateTimeFormat } from '../format/use-date-time.ts';
import { AcceptInvitationForm } from './accept-invitation-form.tsx';

type UnusableReason = 'invalid' | 'expired';

function unusableReason(error: unknown): UnusableReason | undefined {
  if (!(error instanceof ApiError)) return undefined;
  if (error.code === 'INVITATION_EXPIRED') return 'expired';
  if (error.code === 'INVITATION_INVALID') return 'invalid';
  return undefined;
}

/** Public page behind the link in an invitation email: who invites whom as what, then account creation. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const { state, reload } = useApiResource(() => api.getInvitationByToken(token), [token]);
  const [unusableAtSubmit, setUnusableAtSubmit] = useState<UnusableReason>();

  const reason = unusableAtSubmit ?? (state.status === 'failed' ? unusableReason(state.error) : undefined);
  if (reason) return <UnusableInvitation reason={reason} />;

  return (
    <PublicLayout languageSwitcher={false}>
      {state.status === 'loaded' ? (
        <>
          <PageHeading documentTitle={t('acceptInvitation.title')} intro={t('acceptInvitation.intro')}>
            {t('acceptInvitation.heading', { organization: state.data.organizationName })}
          </PageHeading>
          <InvitationFacts invitation={state.data} />
          <AcceptInvitationForm
            token={token}
            onUnusable={(error) => setUnusableAtSubmit(unusableReason(error))}
          />
        </>
      ) : (
        <>
          <PageHeading documentTitle={t('acceptInvitation.title')}>{t('acceptInvitation.title')}</PageHeading>
          {state.status === 'loading' ? (
            <p className="loading" role="status">
              {t('acceptInvitation.checking')}
            </p>
          ) : (
            <ErrorAlert error={state.error} onRetry={reload} />
          )}
        </>
      )}
    </PublicLayout>
  );
}

function InvitationFacts({ invitation }: { invitation: InvitationPreview }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  return (
    <dl className="facts facts-boxed">
      <div>
        <dt>{t('acceptInvitation.organization')}</dt>
        <dd>{invitation.organizationName}</dd>
      </div>
      <div>
        <dt>{t('acceptInvitation.email')}</dt>
        <dd>{invitation.email}</dd>
      </div>
      <div>
        <dt>{t('acceptInvitation.role')}</dt>
        <dd>{roleLabel(invitation.role, t)}</dd>
      </div>
      <div>
        <dt>{t('acceptInvitation.validUntil')}</dt>
        <dd>
          <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt)}</time>
        </dd>
      </div>
    </dl>
  );
}

function UnusableInvitation({ reason }: { reason: UnusableReason }) {
  const { t } = useTranslation();
  const heading =
    reason === 'expired' ? t('acceptInvitation.expiredHeading') : t('acceptInvitation.invalidHeading');
  const text = reason === 'expired' ? t('acceptInvitation.expiredText') : t('acceptInvitation.invalidText');
  return (
    <PublicLayout>
      <PageHeading documentTitle={heading} intro={text}>
        {heading}
      </PageHeading>
      <p>
        <Link to="/login">{t('acceptInvitation.goToLogin')}</Link>
      </p>
    </PublicLayout>
  );
}
