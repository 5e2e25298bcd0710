import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/parley-client.ts';
import type { Invitation } from '../../api/types.ts';
import { ErrorAlert, SuccessMessage } from '../../components/alerts.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useApiResource } from '../../components/use-api-resource.ts';
import { InvitationsTable } from './invitations-table.tsx';
import { InviteUserForm } from './invite-user-form.tsx';

/** Admins invite colleagues, follow each invitation's status and revoke pending ones. */
export function InvitationsSettingsPage() {
  const { t } = useTranslation();
  const { state, reload, updateData } = useApiResource(() => api.listInvitations(), []);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [invitationToRevoke, setInvitationToRevoke] = useState<Invitation | null>(null);
  const [revokingId, setRevokingId] = useState<string | null>(null);
  const [revokeError, setRevokeError] = useState<unknown>(null);
  const listHeadingRef = useRef<HTMLHeadingElement>(null);
  const [focusListHeading, setFocusListHeading] = useState(false);

  // The revoke button is gone with the dialog, so continue from the list instead of the page's top. This
  // runs after the dialog's own cleanup has closed it; before that, the page behind it cannot take focus.
  useEffect(() => {
    if (!focusListHeading || invitationToRevoke) return;
    listHeadingRef.current?.focus();
    setFocusListHeading(false);
  }, [focusListHeading, invitationToRevoke]);

  function showInvited(invitation: Invitation) {
    setRevokeError(null);
    setConfirmation(t('invitations.sent', { email: invitation.email }));
    updateData((invitations) => [invitation, ...invitations]);
  }

  async function revoke(invitation: Invitation) {
    setRevokingId(invitation.id);
    setRevokeError(null);
    setConfirmation(null);
    try {
      await api.revokeInvitation(invitation.id);
      updateData((invitations) =>
        invitations.map((existing) =>
          existing.id === invitation.id ? { ...existing, status: 'revoked' } : existing,
        ),
      );
      setConfirmation(t('invitations.revoked', { email: invitation.email }));
      setFocusListHeading(true);
    } catch (error) {
      setRevokeError(error);
    } finally {
      setRevokingId(null);
      setInvitationToRevoke(null);
    }
  }

  return (
    <>
      <PageHeading documentTitle={t('invitations.title')} intro={t('invitations.intro')}>
        {t('invitations.title')}
      </PageHeading>
      <InviteUserForm onInvited={showInvited} />
      <SuccessMessage>{confirmation}</SuccessMessage>
      <section aria-labelledby="sent-invitations-heading" className="section">
        <h2 id="sent-invitations-heading" ref={listHeadingRef} tabIndex={-1}>
          {t('invitations.listHeading')}
        </h2>
        {revokeError !== null && <ErrorAlert error={revokeError} />}
        {state.status === 'loading' && <Loading />}
        {state.status === 'failed' && <ErrorAlert error={state.error} onRetry={reload} />}
        {state.status === 'loaded' &&
          (state.data.length === 0 ? (
            <EmptyState title={t('invitations.emptyTitle')} text={t('invitations.emptyText')} />
          ) : (
            <InvitationsTable
              invitations={state.data}
              revokingId={revokingId}
              onRevoke={setInvitationToRevoke}
            />
          ))}
      </section>
      {invitationToRevoke && (
        <ConfirmDialog
          heading={t('invitations.confirmRevokeHeading', { email: invitationToRevoke.email })}
          text={t('invitations.confirmRevokeText')}
          confirmLabel={t('invitations.revoke')}
          destructive
          busy={revokingId === invitationToRevoke.id}
          onCancel={() => setInvitationToRevoke(null)}
          onConfirm={() => revoke(invitationToRevoke)}
        />
      )}
    </>
  );
}
