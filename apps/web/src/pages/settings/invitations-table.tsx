import type { Invitation, InvitationStatus } from '@parley/api-contract';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table.tsx';
import { roleLabel } from '../../components/role-label.ts';
import { useDateTimeFormat } from '../../format/use-date-time.ts';

function statusLabel(status: InvitationStatus, t: TFunction): string {
  switch (status) {
    case 'pending':
      return t('invitations.statusPending');
    case 'accepted':
      return t('invitations.statusAccepted');
    case 'expired':
      return t('invitations.statusExpired');
    case 'revoked':
      return t('invitations.statusRevoked');
  }
}

const statusBadge: Record<InvitationStatus, string> = {
  pending: 'badge badge-info',
  accepted: 'badge badge-success',
  expired: 'badge badge-neutral',
  revoked: 'badge badge-neutral',
};

interface InvitationsTableProps {
  invitations: Invitation[];
  revokingId: string | null;
  onRevoke: (invitation: Invitation) => void;
}

export function InvitationsTable({ invitations, revokingId, onRevoke }: InvitationsTableProps) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  return (
    <DataTable
      caption={t('invitations.listHeading')}
      columns={[
        t('invitations.email'),
        t('invitations.role'),
        t('invitations.status'),
        t('invitations.invitedBy'),
        t('invitations.expires'),
        { label: t('invitations.actions'), hidden: true },
      ]}
    >
      {invitations.map((invitation) => (
        <tr key={invitation.id} className={invitation.status === 'pending' ? undefined : 'row-muted'}>
          <th scope="row">{invitation.email}</th>
          <td>{roleLabel(invitation.role, t)}</td>
          <td>
            <span className={statusBadge[invitation.status]}>{statusLabel(invitation.status, t)}</span>
          </td>
          <td className="cell-nowrap">{invitation.invitedBy.name}</td>
          <td>
            <time dateTime={invitation.expiresAt}>{formatDateTime(invitation.expiresAt)}</time>
          </td>
          <td className="cell-actions">
            {invitation.status === 'pending' && (
              <button
                type="button"
                className="button button-secondary button-small"
                aria-label={t('invitations.revokeFor', { email: invitation.email })}
                disabled={revokingId === invitation.id}
                onClick={() => onRevoke(invitation)}
              >
                {t('invitations.revoke')}
              </button>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
