import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/parley-client.ts';
import type { HostCandidate } from '../../../api/zoom-types.ts';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { Loading } from '../../../components/loading.tsx';
import { ModalDialog } from '../../../components/modal-dialog.tsx';
import { useApiResource } from '../../../components/use-api-resource.ts';
import { useDebouncedValue } from '../../../components/use-debounced-value.ts';
import { useDateTimeFormat } from '../../../format/use-date-time.ts';
import { hostChoices, initialHostSelection, toggleHost } from './host-selection.ts';
import { ZoomAccountUsersTable } from './zoom-account-users-table.tsx';

/** Rows rendered at a time; the rest is reached by refining the search or paging, never dropped. */
export const accountUsersPageSize = 300;

type SyncState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; total: number }
  | { status: 'failed'; error: unknown };

interface ChooseHostsDialogProps {
  currentHosts: HostCandidate[];
  connectingZoomUserId: string | null;
  onSaved: (hosts: HostCandidate[]) => void;
  onClose: () => void;
}

/**
 * Z6: pick host candidates among all users of the connected Zoom account — loaded from Zoom on request,
 * searched by name or email on the server, shown 300 at a time with paging.
 */
export function ChooseHostsDialog({
  currentHosts,
  connectingZoomUserId,
  onSaved,
  onClose,
}: ChooseHostsDialogProps) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const searchId = useId();
  const [selection, setSelection] = useState(() => initialHostSelection(currentHosts, connectingZoomUserId));
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const [offset, setOffset] = useState(0);
  const [searchedFor, setSearchedFor] = useState(search);
  const [sync, setSync] = useState<SyncState>({ status: 'idle' });
  const [syncGeneration, setSyncGeneration] = useState(0);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);

  // A new search starts at the first page.
  if (searchedFor !== search) {
    setSearchedFor(search);
    setOffset(0);
  }
  const page = useApiResource(
    () => api.listZoomAccountUsers({ search, offset, limit: accountUsersPageSize }),
    [search, offset, syncGeneration],
  );

  async function loadFromZoom() {
    setSync({ status: 'running' });
    try {
      const { total } = await api.syncZoomAccountUsers();
      setSync({ status: 'done', total });
      setSyncGeneration((generation) => generation + 1);
    } catch (error) {
      setSync({ status: 'failed', error });
    }
  }

  async function save() {
    setSaving(true);
    setSaveError(null);
    try {
      onSaved(await api.replaceHostCandidates(hostChoices(selection)));
    } catch (error) {
      setSaveError(error);
      setSaving(false);
    }
  }

  const loaded = page.state.status === 'loaded' ? page.state.data : null;
  const neverLoaded = loaded !== null && loaded.syncedAt === null;
  return (
    <ModalDialog
      heading={t('hostPicker.heading')}
      intro={t('hostPicker.intro')}
      size="large"
      onClose={onClose}
      footer={
        <>
          <p className="dialog-footer-note" role="status">
            {t('hostPicker.selectedCount', { number: selection.size })}
          </p>
          <button type="button" className="button button-secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="button" className="button button-primary" onClick={save} disabled={saving}>
            {saving ? t('common.saving') : t('hostPicker.save')}
          </button>
        </>
      }
    >
      {saveError !== null && <ErrorAlert error={saveError} />}
      <div className="host-picker-toolbar">
        <div className="field host-picker-search">
          <label htmlFor={searchId}>{t('hostPicker.search')}</label>
          <input
            id={searchId}
            type="search"
            // biome-ignore lint/a11y/noAutofocus: the dialog's purpose is finding users; focus starts on the search
            autoFocus
            autoComplete="off"
            placeholder={t('hostPicker.searchPlaceholder')}
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <button
          type="button"
          className="button button-secondary"
          onClick={loadFromZoom}
          disabled={sync.status === 'running'}
        >
          {t('hostPicker.load')}
        </button>
      </div>
      <div role="status" className="host-picker-sync">
        {sync.status === 'running' && (
          <p className="loading">
            <span className="spinner" aria-hidden="true" />
            {t('hostPicker.loading')}
          </p>
        )}
        {sync.status === 'done' && (
          <p className="text-success">
            {sync.total === 1 ? t('hostPicker.loadedOne') : t('hostPicker.loaded', { total: sync.total })}
          </p>
        )}
      </div>
      {sync.status === 'failed' && <ErrorAlert error={sync.error} />}
      {loaded?.syncedAt && sync.status === 'idle' && (
        <p className="field-hint">
          {t('hostPicker.lastLoaded', { total: loaded.total, time: formatDateTime(loaded.syncedAt) })}
        </p>
      )}
      {neverLoaded && sync.status === 'idle' && (
        <p className="alert alert-info">{t('hostPicker.neverLoaded')}</p>
      )}
      {page.state.status === 'loading' && <Loading />}
      {page.state.status === 'failed' && <ErrorAlert error={page.state.error} onRetry={page.reload} />}
      {loaded && !neverLoaded && (
        <ZoomAccountUsersTable
          page={loaded}
          pageSize={accountUsersPageSize}
          search={search}
          selection={selection}
          connectingZoomUserId={connectingZoomUserId}
          onToggle={(zoomUserId, selected) =>
            setSelection((current) => toggleHost(current, zoomUserId, selected))
          }
          onPage={setOffset}
        />
      )}
    </ModalDialog>
  );
}
