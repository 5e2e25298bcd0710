import type { Invitation } from '@parley/api-contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/parley-client.ts';
import { ErrorAlert, SuccessMessage } from '../../components/alerts.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { invitationsQuery } from '../../queries/accounts-queries.ts';
import { QueryView } from '../../queries/query-view.tsx';
import { InvitationsTable } from './invitations-table.tsx';
import { InviteUserForm } from './invite-user-form.tsx';

/** Admins invite colleagues, follow each invitation's status and revoke pending ones. */
export function InvitationsSettingsPage() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const invitations = useQuery(invitationsQuery);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [invitationToRevoke, setInvitationToRevoke] = useState<Invitation | null>(null);
  const revokeInvitation = useMutation({
    mutationFn: (invitation: Invitation) => api.revokeInvitation(invitation.id),
    onSuccess: (_nothing, revoked) =>
      queryClient.setQueryData(invitationsQuery.queryKey, (list) =>
        list?.map((existing) => (existing.id === revoked.id ? { ...existing, status: 'revoked' } : existing)),
      ),
  });
  const revokingId = revokeInvitation.isPending ? revokeInvitation.variables.id : null;
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
    revokeInvitation.reset();
    setConfirmation(t('invitations.sent', { email: invitation.email }));
  }

  function revoke(invitation: Invitation) {
    setConfirmation(null);
    revokeInvitation.mutate(invitation, {
      onSuccess: () => {
        setConfirmation(t('invitations.revoked', { email: invitation.email }));
        setFocusListHeading(true);
      },
      onSettled: () => setInvitationToRevoke(null),
    });
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
        {revokeInvitation.error !== null && <ErrorAlert error={revokeInvitation.error} />}
        <QueryView query={invitations}>
          {(list) =>
            list.length === 0 ? (
              <EmptyState
                icon="envelope"
                title={t('invitations.emptyTitle')}
                text={t('invitations.emptyText')}
              />
            ) : (
              <InvitationsTable invitations={list} revokingId={revokingId} onRevoke={setInvitationToRevoke} />
            )
          }
        </QueryView>
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
