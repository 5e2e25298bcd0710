import type { HostCandidate } from '@parley/api-contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/parley-client.ts';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { useDebouncedValue } from '../../../components/use-debounced-value.ts';
import { useDateTimeFormat } from '../../../format/use-date-time.ts';
import { QueryView } from '../../../queries/query-view.tsx';
import { hostCandidatesQuery, zoomAccountUserPageQuery, zoomKeys } from '../../../queries/zoom-queries.ts';
import { hostChoices, initialHostSelection, isSameSelection, toggleHost } from './host-selection.ts';
import { ZoomAccountUsersTable } from './zoom-account-users-table.tsx';

/** Rows rendered at a time; the rest is reached by refining the search or paging, never dropped. */
export const accountUsersPageSize = 300;

interface ChooseHostsDialogProps {
  currentHosts: HostCandidate[];
  connectingZoomUserId: string | null;
  onSaved: (hosts: HostCandidate[]) => void;
  onClose: () => void;
}

/**
 * Pick host candidates among all users of the connected Zoom account — loaded from Zoom on request,
 * searched by name or email on the server, shown 300 at a time with paging.
 */
export function ChooseHostsDialog({
  currentHosts,
  connectingZoomUserId,
  onSaved,
  onClose,
}: ChooseHostsDialogProps) {
  const { t } = useTranslation('zoom');
  const formatDateTime = useDateTimeFormat();
  const searchId = useId();
  const [initialSelection] = useState(() => initialHostSelection(currentHosts, connectingZoomUserId));
  const [selection, setSelection] = useState(initialSelection);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const [offset, setOffset] = useState(0);
  const [searchedFor, setSearchedFor] = useState(search);
  const queryClient = useQueryClient();

  // A new search starts at the first page.
  if (searchedFor !== search) {
    setSearchedFor(search);
    setOffset(0);
  }
  const page = useQuery(zoomAccountUserPageQuery({ search, offset, limit: accountUsersPageSize }));
  const sync = useMutation({
    mutationFn: () => api.syncZoomAccountUsers(),
    meta: { invalidates: [zoomKeys.accountUsers] },
  });
  const save = useMutation({
    mutationFn: () => api.replaceHostCandidates(hostChoices(selection)),
    onSuccess: (saved) => {
      queryClient.setQueryData(hostCandidatesQuery.queryKey, saved);
      onSaved(saved);
    },
  });

  /** Escape and Cancel close at once, unless that would throw away ticked or unticked hosts. */
  function close() {
    if (isSameSelection(selection, initialSelection)) onClose();
    else setConfirmingDiscard(true);
  }

  const loaded = page.data ?? null;
  const neverLoaded = loaded !== null && loaded.syncedAt === null;
  return (
    <ModalDialog
      heading={t('zoom.hostPicker.heading')}
      intro={t('zoom.hostPicker.intro')}
      size="large"
      onClose={close}
      footer={
        <>
          <p className="dialog-footer-note" role="status">
            {t('zoom.hostPicker.selectedCount', { number: selection.size })}
          </p>
          <button type="button" className="button button-secondary" onClick={close}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            onClick={() => save.mutate()}
            disabled={save.isPending || save.isSuccess}
          >
            {save.isPending || save.isSuccess ? t('common.saving') : t('zoom.hostPicker.save')}
          </button>
        </>
      }
    >
      {save.error !== null && <ErrorAlert error={save.error} />}
      <div className="host-picker-toolbar">
        <div className="field host-picker-search">
          <label htmlFor={searchId}>{t('zoom.hostPicker.search')}</label>
          <input
            id={searchId}
            type="search"
            // biome-ignore lint/a11y/noAutofocus: the dialog's purpose is finding users; focus starts on the search
            autoFocus
            autoComplete="off"
            placeholder={t('zoom.hostPicker.searchPlaceholder')}
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => sync.mutate()}
          disabled={sync.isPending}
        >
          {t('zoom.hostPicker.load')}
        </button>
      </div>
      <div role="status" className="host-picker-sync">
        {sync.isPending && (
          <p className="loading">
            <span className="spinner" aria-hidden="true" />
            {t('zoom.hostPicker.loading')}
          </p>
        )}
        {sync.isSuccess && (
          <p className="text-success">
            {sync.data.total === 1
              ? t('zoom.hostPicker.loadedOne')
              : t('zoom.hostPicker.loaded', { total: sync.data.total })}
          </p>
        )}
      </div>
      {sync.isError && <ErrorAlert error={sync.error} />}
      {loaded?.syncedAt && sync.isIdle && (
        <p className="field-hint">
          {t('zoom.hostPicker.lastLoaded', { total: loaded.total, time: formatDateTime(loaded.syncedAt) })}
        </p>
      )}
      {neverLoaded && sync.isIdle && <p className="alert alert-info">{t('zoom.hostPicker.neverLoaded')}</p>}
      <QueryView query={page}>
        {(users) =>
          users.syncedAt !== null && (
            <ZoomAccountUsersTable
              page={users}
              pageSize={accountUsersPageSize}
              search={search}
              selection={selection}
              connectingZoomUserId={connectingZoomUserId}
              onToggle={(zoomUserId, selected) =>
                setSelection((current) => toggleHost(current, zoomUserId, selected))
              }
              onPage={setOffset}
            />
          )
        }
      </QueryView>
      {confirmingDiscard && (
        <ConfirmDialog
          heading={t('zoom.hostPicker.discardHeading')}
          text={t('zoom.hostPicker.discardText')}
          confirmLabel={t('zoom.hostPicker.discard')}
          destructive
          onCancel={() => setConfirmingDiscard(false)}
          onConfirm={onClose}
        />
      )}
    </ModalDialog>
  );
}
