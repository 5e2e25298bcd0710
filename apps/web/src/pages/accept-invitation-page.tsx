import type { InvitationPreview } from '@parley/api-contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { PageHeading } from '../components/page-heading.tsx';
import { PublicLayout } from '../components/public-layout.tsx';
import {
  CheckingLink,
  UnusableLinkPage,
  type UnusableLinkReason,
  unusableLinkReason,
} from '../components/public-link-page.tsx';
import { roleLabel } from '../components/role-label.ts';
import { useDateTimeFormat } from '../format/use-date-time.ts';
import { invitationPreviewQuery } from '../queries/accounts-queries.ts';
import { AcceptInvitationForm } from './accept-invitation-form.tsx';

const unusableReason = (error: unknown) =>
  unusableLinkReason(error, { expired: 'INVITATION_EXPIRED', invalid: 'INVITATION_INVALID' });

/** Public page behind the link in an invitation email: who invites whom as what, then account creation. */
export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const preview = useQuery(invitationPreviewQuery(token));
  const [unusableAtSubmit, setUnusableAtSubmit] = useState<UnusableLinkReason>();

  const reason = unusableAtSubmit ?? (preview.isError ? unusableReason(preview.error) : undefined);
  if (reason) return <UnusableInvitation reason={reason} />;

  return (
    <PublicLayout languageSwitcher={false}>
      {preview.isSuccess ? (
        <>
          <PageHeading documentTitle={t('invitations.accept.title')} intro={t('invitations.accept.intro')}>
            {t('invitations.accept.heading', { organization: preview.data.organizationName })}
          </PageHeading>
          <InvitationFacts invitation={preview.data} />
          <AcceptInvitationForm
            token={token}
            onUnusable={(error) => setUnusableAtSubmit(unusableReason(error))}
          />
        </>
      ) : (
        <CheckingLink
          query={preview}
          documentTitle={t('invitations.accept.title')}
          heading={t('invitations.accept.title')}
          checking={t('invitations.accept.checking')}
        />
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
        <dt>{t('invitations.accept.organization')}</dt>
        <dd>{invitation.organizationName}</dd>
      </div>
      <div>
        <dt>{t('invitations.accept.email')}</dt>
        <dd>{invitation.email}</dd>
      </div>
      <div>
        <dt>{t('invitations.accept.role')}</dt>
        <dd>{roleLabel(invitation.role, t)}</dd>
      </div>
      <div>
        <dt>{t('invitations.accept.validUntil')}</dt>
        <dd>
          <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt)}</time>
        </dd>
      </div>
    </dl>
  );
}

function UnusableInvitation({ reason }: { reason: UnusableLinkReason }) {
  const { t } = useTranslation();
  const heading =
    reason === 'expired' ? t('invitations.accept.expiredHeading') : t('invitations.accept.invalidHeading');
  const text =
    reason === 'expired' ? t('invitations.accept.expiredText') : t('invitations.accept.invalidText');
  return (
    <UnusableLinkPage heading={heading} text={text}>
      <p>
        <Link to="/login">{t('invitations.accept.goToLogin')}</Link>
      </p>
    </UnusableLinkPage>
  );
}
