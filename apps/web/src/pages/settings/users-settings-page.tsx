import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/parley-client.ts';
import type { User, UserChanges } from '../../api/types.ts';
import { ErrorAlert, SuccessMessage } from '../../components/alerts.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { roleLabel } from '../../components/role-label.ts';
import { useApiResource } from '../../components/use-api-resource.ts';
import { useMe, useSession } from '../../session/session-context.tsx';
import { UsersTable } from './users-table.tsx';

/** Admins change roles and (de)activate accounts; the server refuses to leave no active admin. */
export function UsersSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { setMe } = useSession();
  const { state, reload, updateData } = useApiResource(() => api.listUsers(), []);
  const [pendingUserId, setPendingUserId] = useState<string | null>(null);
  const [userToDeactivate, setUserToDeactivate] = useState<User | null>(null);
  const [changeError, setChangeError] = useState<unknown>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);

  async function changeUser(user: User, changes: UserChanges, describeSuccess: (updated: User) => string) {
    setPendingUserId(user.id);
    setChangeError(null);
    setConfirmation(null);
    try {
      const updated = await api.updateUser(user.id, changes);
      updateData((users) => users.map((existing) => (existing.id === updated.id ? updated : existing)));
      setConfirmation(describeSuccess(updated));
      // Changing one's own role changes what this session may see.
      if (updated.id === me.user.id) setMe(await api.getMe());
    } catch (error) {
      setChangeError(error);
    } finally {
      setPendingUserId(null);
      setUserToDeactivate(null);
    }
  }

  return (
    <>
      <PageHeading
        documentTitle={t('users.title')}
        intro={t('users.intro', { organization: me.organization.name })}
      >
        {t('users.title')}
      </PageHeading>
      <SuccessMessage>{confirmation}</SuccessMessage>
      {changeError !== null && <ErrorAlert error={changeError} />}
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' && <ErrorAlert error={state.error} onRetry={reload} />}
      {state.status === 'loaded' && (
        <UsersTable
          users={state.data}
          currentUserId={me.user.id}
          organizationName={me.organization.name}
          pendingUserId={pendingUserId}
          onRoleChange={(user, role) =>
            changeUser(user, { role }, (updated) =>
              t('users.roleChanged', { name: updated.name, role: roleLabel(updated.role, t) }),
            )
          }
          onActivate={(user) =>
            changeUser(user, { active: true }, (updated) => t('users.activated', { name: updated.name }))
          }
          onDeactivate={setUserToDeactivate}
        />
      )}
      {userToDeactivate && (
        <ConfirmDialog
          heading={t('users.confirmDeactivateHeading', { name: userToDeactivate.name })}
          text={t('users.confirmDeactivateText', { name: userToDeactivate.name })}
          confirmLabel={t('users.deactivate')}
          destructive
          busy={pendingUserId === userToDeactivate.id}
          onCancel={() => setUserToDeactivate(null)}
          onConfirm={() =>
            changeUser(userToDeactivate, { active: false }, (updated) =>
              t('users.deactivated', { name: updated.name }),
            )
          }
        />
      )}
    </>
  );
}
