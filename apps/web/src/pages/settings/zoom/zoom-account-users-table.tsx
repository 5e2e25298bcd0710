import type { ZoomAccountUser, ZoomAccountUserPage } from '@parley/api-contract';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table.tsx';
import {
  zoomLicenseLabel,
  zoomRoleLabel,
  zoomUserName,
  zoomUserStatusLabel,
} from '../../../zoom/zoom-labels.ts';
import type { HostSelection } from './host-selection.ts';

/** Zoom's user type 1. */
const zoomBasicLicense = 1;

interface ZoomAccountUsersTableProps {
  page: ZoomAccountUserPage;
  pageSize: number;
  search: string;
  selection: HostSelection;
  connectingZoomUserId: string | null;
  onToggle: (zoomUserId: string, selected: boolean) => void;
  onPage: (offset: number) => void;
}

/** One page of the account's Zoom users with a checkbox each, and where this page sits among all matches. */
export function ZoomAccountUsersTable({
  page,
  pageSize,
  search,
  onPage,
  ...rowProps
}: ZoomAccountUsersTableProps) {
  const { t } = useTranslation('zoom');
  const { users, matched, offset } = page;
  if (matched === 0) {
    return (
      <p className="empty-note" role="status">
        {search ? t('zoom.hostPicker.noMatch', { search }) : t('zoom.hostPicker.noUsers')}
      </p>
    );
  }
  const first = offset + 1;
  const last = offset + users.length;
  const paging = (
    <div className="pager">
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={offset === 0}
        onClick={() => onPage(Math.max(0, offset - pageSize))}
      >
        {t('zoom.hostPicker.previous')}
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={last >= matched}
        onClick={() => onPage(offset + pageSize)}
      >
        {t('zoom.hostPicker.next')}
      </button>
    </div>
  );
  return (
    <>
      <div className="host-picker-range" role="status">
        <p>{t('zoom.hostPicker.range', { first, last, matched })}</p>
        {last < matched && (
          <p className="field-hint">{t('zoom.hostPicker.refine', { shown: users.length, matched })}</p>
        )}
      </div>
      {matched > pageSize && paging}
      <DataTable
        caption={t('zoom.hostPicker.tableCaption')}
        scrollClassName="host-picker-table"
        columns={[
          { label: t('zoom.hostPicker.select'), hidden: true },
          t('zoom.hostPicker.name'),
          t('zoom.hostPicker.email'),
          t('zoom.hostPicker.license'),
          t('zoom.hostPicker.status'),
          t('zoom.hostPicker.role'),
        ]}
      >
        {users.map((user) => (
          <ZoomAccountUserRow key={user.zoomUserId ?? `pending:${user.email}`} user={user} {...rowProps} />
        ))}
      </DataTable>
    </>
  );
}

type RowProps = Pick<ZoomAccountUsersTableProps, 'selection' | 'connectingZoomUserId' | 'onToggle'> & {
  user: ZoomAccountUser;
};

function ZoomAccountUserRow({ user, selection, connectingZoomUserId, onToggle }: RowProps) {
  const { t, i18n } = useTranslation('zoom');
  const checkboxId = useId();
  const reasonId = useId();
  const { zoomUserId } = user;
  const selected = zoomUserId !== null && selection.has(zoomUserId);
  // Pending users have no Zoom id yet; deactivated ones cannot host, but can still be unselected.
  const unavailableReason =
    zoomUserId === null
      ? t('zoom.hostPicker.pendingReason')
      : user.status === 'inactive' && !selected
        ? t('zoom.hostPicker.inactiveReason')
        : null;
  const name = zoomUserName(user, i18n.language);
  // Zoom ends a Basic user's meetings after 40 minutes: allowed as a host, but said before saving.
  const isBasic = user.type === zoomBasicLicense;
  const basicNoteId = useId();
  const describedBy = [unavailableReason ? reasonId : null, isBasic ? basicNoteId : null].filter(Boolean);
  return (
    <tr className={unavailableReason ? 'row-muted' : selected ? 'row-selected' : undefined}>
      <td className="cell-checkbox">
        <input
          id={checkboxId}
          type="checkbox"
          checked={selected}
          disabled={unavailableReason !== null}
          aria-describedby={describedBy.length > 0 ? describedBy.join(' ') : undefined}
          onChange={(event) => {
            if (zoomUserId) onToggle(zoomUserId, event.target.checked);
          }}
        />
        <label htmlFor={checkboxId} className="visually-hidden">
          {t('zoom.hostPicker.selectUser', { name, email: user.email })}
        </label>
      </td>
      <th scope="row" className="cell-nowrap">
        {name}
        {zoomUserId !== null && zoomUserId === connectingZoomUserId && (
          <span className="badge badge-info">{t('zoom.hostCandidates.default')}</span>
        )}
      </th>
      <td>{user.email}</td>
      <td>
        <span className="cell-nowrap">{zoomLicenseLabel(user.type, t)}</span>
        {isBasic && (
          <span id={basicNoteId} className={selected ? 'host-flag' : 'cell-subtitle'}>
            {selected && <span aria-hidden="true">⚠ </span>}
            {t('zoom.hostPicker.basicNote')}
          </span>
        )}
      </td>
      <td>
        {zoomUserStatusLabel(user.status, t)}
        {unavailableReason && (
          <span id={reasonId} className="cell-subtitle">
            {unavailableReason}
          </span>
        )}
      </td>
      <td>{zoomRoleLabel(user.role, t)}</td>
    </tr>
  );
}
