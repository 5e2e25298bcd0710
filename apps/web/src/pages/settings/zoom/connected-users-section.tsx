import type { ConnectedUser } from '@parley/api-contract';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table.tsx';
import { roleLabel } from '../../../components/role-label.ts';
import { useDateTimeFormat } from '../../../format/use-date-time.ts';
import { QueryView } from '../../../queries/query-view.tsx';
import { connectedUsersQuery } from '../../../queries/zoom-queries.ts';
import { zoomAccessSourceLabel } from '../../../zoom/zoom-labels.ts';
import { ZoomStatusBadge } from '../../../zoom/zoom-status-badge.tsx';

/** Every user, whether their meetings use a personal or the organization connection, and its state. */
export function ConnectedUsersSection() {
  const { t } = useTranslation('zoom');
  const connectedUsers = useQuery(connectedUsersQuery);
  return (
    <section className="section" aria-labelledby="connected-users-heading">
      <h2 id="connected-users-heading">{t('zoom.connectedUsers.heading')}</h2>
      <p className="section-intro">{t('zoom.connectedUsers.intro')}</p>
      <QueryView query={connectedUsers}>{(users) => <ConnectedUsersTable users={users} />}</QueryView>
    </section>
  );
}

function ConnectedUsersTable({ users }: { users: ConnectedUser[] }) {
  const { t } = useTranslation('zoom');
  // Parley's role words are the default namespace's.
  const { t: defaultT } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  return (
    <DataTable
      caption={t('zoom.connectedUsers.heading')}
      columns={[
        t('zoom.connectedUsers.user'),
        t('zoom.connectedUsers.source'),
        t('zoom.connectedUsers.status'),
        t('zoom.connectedUsers.zoomEmail'),
        t('zoom.connectedUsers.lastUsed'),
      ]}
    >
      {users.map(({ user, source, status, zoomEmail, lastUsedAt }) => (
        <tr key={user.id} className={user.active ? undefined : 'row-muted'}>
          <th scope="row">
            <span className="cell-title">{user.name}</span>
            <span className="cell-subtitle">
              {user.email} · {roleLabel(user.role, defaultT)}
              {!user.active && ` · ${t('users.inactive')}`}
            </span>
          </th>
          <td>{zoomAccessSourceLabel(source, t)}</td>
          <td>
            <ZoomStatusBadge status={status} />
          </td>
          <td>{zoomEmail ?? <span className="text-muted">{t('zoom.settings.notAvailable')}</span>}</td>
          <td>
            {lastUsedAt ? (
              <time dateTime={lastUsedAt}>{formatDateTime(lastUsedAt)}</time>
            ) : (
              <span className="text-muted">
                {source === 'personal'
                  ? t('zoom.connectedUsers.neverUsed')
                  : t('zoom.connectedUsers.notPerUser')}
              </span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
