import { type Role, roles, type User } from '@parley/api-contract';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BreakableEmail } from '../../components/breakable-email.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { roleLabel } from '../../components/role-label.ts';

interface UsersTableProps {
  users: User[];
  currentUserId: string;
  organizationName: string;
  /** The user whose change is on its way; their controls wait for the answer. */
  pendingUserId: string | null;
  onRoleChange: (user: User, role: Role) => void;
  onActivate: (user: User) => void;
  onDeactivate: (user: User) => void;
  /** Lifts the user's sign-in limits (after someone guessed at their password). */
  onUnlockSignIn: (user: User) => void;
}

export function UsersTable({ users, organizationName, ...rowProps }: UsersTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable
      caption={t('users.tableCaption', { organization: organizationName })}
      columns={[
        t('users.name'),
        t('users.email'),
        t('users.role'),
        t('users.status'),
        { label: t('users.actions'), hidden: true },
      ]}
    >
      {users.map((user) => (
        <UserRow key={user.id} user={user} {...rowProps} />
      ))}
    </DataTable>
  );
}

type UserRowProps = Omit<UsersTableProps, 'users' | 'organizationName'> & { user: User };

function UserRow({
  user,
  currentUserId,
  pendingUserId,
  onRoleChange,
  onActivate,
  onDeactivate,
  onUnlockSignIn,
}: UserRowProps) {
  const { t } = useTranslation();
  const roleSelectId = useId();
  const pending = pendingUserId === user.id;
  return (
    <tr className={user.active ? undefined : 'row-muted'}>
      <th scope="row">
        <span className="cell-title">{user.name}</span>
        {user.id === currentUserId && <span className="badge badge-neutral">{t('common.you')}</span>}
      </th>
      <td>
        <BreakableEmail email={user.email} />
      </td>
      <td data-label={t('users.role')}>
        <label htmlFor={roleSelectId} className="visually-hidden">
          {t('users.roleFor', { name: user.name })}
        </label>
        <select
          id={roleSelectId}
          value={user.role}
          aria-busy={pending}
          onChange={(event) => {
            const role = roles.find((candidate) => candidate === event.target.value);
            if (role && !pending) onRoleChange(user, role);
          }}
        >
          {roles.map((role) => (
            <option key={role} value={role}>
              {roleLabel(role, t)}
            </option>
          ))}
        </select>
      </td>
      <td data-label={t('users.status')}>
        <span className={user.active ? 'badge badge-success' : 'badge badge-neutral'}>
          {user.active ? t('users.active') : t('users.inactive')}
        </span>
      </td>
      <td className="cell-actions">
        {user.active && user.id !== currentUserId && (
          <button
            type="button"
            className="button button-secondary button-small"
            aria-label={t('users.unlockSignInFor', { name: user.name })}
            disabled={pending}
            onClick={() => onUnlockSignIn(user)}
          >
            {t('users.unlockSignIn')}
          </button>
        )}
        <button
          type="button"
          className="button button-secondary button-small"
          aria-label={
            user.active
              ? t('users.deactivateUser', { name: user.name })
              : t('users.activateUser', { name: user.name })
          }
          disabled={pending}
          onClick={() => (user.active ? onDeactivate : onActivate)(user)}
        >
          {user.active ? t('users.deactivate') : t('users.activate')}
        </button>
      </td>
    </tr>
  );
}
