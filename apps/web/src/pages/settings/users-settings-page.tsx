import type { Role, User, UserChanges } from '@parley/api-contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/parley-client.ts';
import { ErrorAlert, SuccessMessage } from '../../components/alerts.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { roleAccess, roleLabel } from '../../components/role-label.ts';
import { usersQuery } from '../../queries/accounts-queries.ts';
import { QueryView } from '../../queries/query-view.tsx';
import { useMe, useSession } from '../../session/session-context.tsx';
import { UsersTable } from './users-table.tsx';

/** Admins change roles and (de)activate accounts; the server refuses to leave no active admin. */
export function UsersSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { setMe } = useSession();
  const queryClient = useQueryClient();
  const users = useQuery(usersQuery);
  const [userToDeactivate, setUserToDeactivate] = useState<User | null>(null);
  /** A role decides what someone may see and change, so a change is confirmed, not applied on select. */
  const [roleChange, setRoleChange] = useState<{ user: User; role: Role } | null>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const updateUser = useMutation({
    mutationFn: async ({ user, changes }: { user: User; changes: UserChanges }) => {
      const updated = await api.updateUser(user.id, changes);
      queryClient.setQueryData(usersQuery.queryKey, (list) =>
        list?.map((existing) => (existing.id === updated.id ? updated : existing)),
      );
      // Changing one's own role changes what this session may see.
      if (updated.id === me.user.id) setMe(await api.getMe());
      return updated;
    },
  });
  const unlockSignIn = useMutation({ mutationFn: (user: User) => api.unlockSignIn(user.id) });
  const pendingUserId = updateUser.isPending
    ? updateUser.variables.user.id
    : unlockSignIn.isPending
      ? unlockSignIn.variables.id
      : null;

  function changeUser(user: User, changes: UserChanges, describeSuccess: (updated: User) => string) {
    setConfirmation(null);
    updateUser.mutate(
      { user, changes },
      {
        onSuccess: (updated) => setConfirmation(describeSuccess(updated)),
        onSettled: () => {
          setUserToDeactivate(null);
          setRoleChange(null);
        },
      },
    );
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
      {updateUser.error !== null && <ErrorAlert error={updateUser.error} />}
      {unlockSignIn.error !== null && <ErrorAlert error={unlockSignIn.error} />}
      <QueryView query={users}>
        {(list) => (
          <UsersTable
            users={list}
            currentUserId={me.user.id}
            organizationName={me.organization.name}
            pendingUserId={pendingUserId}
            onRoleChange={(user, role) => setRoleChange({ user, role })}
            onActivate={(user) =>
              changeUser(user, { active: true }, (updated) => t('users.activated', { name: updated.name }))
            }
            onDeactivate={setUserToDeactivate}
            onUnlockSignIn={(user) => {
              setConfirmation(null);
              unlockSignIn.mutate(user, {
                onSuccess: () => setConfirmation(t('users.signInUnlocked', { name: user.name })),
              });
            }}
          />
        )}
      </QueryView>
      {roleChange && (
        <ConfirmDialog
          heading={t('users.confirmRoleHeading', { name: roleChange.user.name })}
          text={[
            t('users.confirmRoleText', {
              name: roleChange.user.name,
              from: roleLabel(roleChange.user.role, t),
              to: roleLabel(roleChange.role, t),
            }),
            roleAccess(roleChange.role, t),
          ].join(' ')}
          confirmLabel={t('users.confirmRole', { role: roleLabel(roleChange.role, t) })}
          busy={pendingUserId === roleChange.user.id}
          onCancel={() => setRoleChange(null)}
          onConfirm={() =>
            changeUser(roleChange.user, { role: roleChange.role }, (updated) =>
              t('users.roleChanged', { name: updated.name, role: roleLabel(updated.role, t) }),
            )
          }
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
