import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error.ts';
import { api } from '../../../api/parley-client.ts';
import type { HostCandidate, OrganizationZoomConnection } from '../../../api/zoom-types.ts';
import { ErrorAlert, SuccessMessage } from '../../../components/alerts.tsx';
import { Loading } from '../../../components/loading.tsx';
import { useApiResource } from '../../../components/use-api-resource.ts';
import { defaultHostLabel } from '../../../zoom/zoom-labels.ts';
import { ChooseHostsDialog } from './choose-hosts-dialog.tsx';
import { HostCandidatesTable } from './host-candidates-table.tsx';

interface HostCandidatesSectionProps {
  connection: OrganizationZoomConnection;
  canEdit: boolean;
}

/** Z6: the Zoom users meetings may be created for, each with a display label; admins choose and label them. */
export function HostCandidatesSection({ connection, canEdit }: HostCandidatesSectionProps) {
  const { t } = useTranslation();
  const { state, reload, updateData } = useApiResource(() => api.listHostCandidates(), [connection.status]);
  const [choosing, setChoosing] = useState(false);
  const [busyHostId, setBusyHostId] = useState<string | null>(null);
  const [hostError, setHostError] = useState<unknown>(null);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const connected = connection.status === 'connected';
  const notConnected =
    state.status === 'failed' && state.error instanceof ApiError && state.error.code === 'ZOOM_NOT_CONNECTED';

  async function saveLabel(hosts: HostCandidate[], changed: HostCandidate, label: string): Promise<boolean> {
    setBusyHostId(changed.id);
    setHostError(null);
    setConfirmation(null);
    try {
      const saved = await api.replaceHostCandidates(
        hosts.map((host) => ({
          zoomUserId: host.zoomUserId,
          // An emptied label goes back to the default; the server keeps a host's label when none is sent.
          label: host.id === changed.id ? label.trim() || defaultHostLabel(host) : host.label,
        })),
      );
      updateData(() => saved);
      const savedHost = saved.find((host) => host.id === changed.id);
      setConfirmation(t('hostCandidates.labelSaved', { label: savedHost?.label ?? label }));
      return true;
    } catch (error) {
      setHostError(error);
      return false;
    } finally {
      setBusyHostId(null);
    }
  }

  /** Removes a host (typically one flagged as unable to host); focus continues at the section heading. */
  async function removeHost(hosts: HostCandidate[], removed: HostCandidate) {
    setBusyHostId(removed.id);
    setHostError(null);
    setConfirmation(null);
    try {
      const remaining = hosts.filter((host) => host.id !== removed.id);
      const saved = await api.replaceHostCandidates(
        remaining.map((host) => ({ zoomUserId: host.zoomUserId, label: host.label })),
      );
      updateData(() => saved);
      setConfirmation(t('hostCandidates.removed', { email: removed.email }));
      headingRef.current?.focus();
    } catch (error) {
      setHostError(error);
    } finally {
      setBusyHostId(null);
    }
  }

  function showSavedSelection(hosts: HostCandidate[]) {
    updateData(() => hosts);
    setChoosing(false);
    setConfirmation(t('hostCandidates.selectionSaved', { number: hosts.length }));
  }

  return (
    <section className="section" aria-labelledby="host-candidates-heading">
      <div className="section-header">
        <h2 id="host-candidates-heading" ref={headingRef} tabIndex={-1}>
          {t('hostCandidates.heading')}
        </h2>
        {canEdit && (
          <button
            type="button"
            className="button button-secondary"
            disabled={!connected || state.status !== 'loaded'}
            onClick={() => {
              setConfirmation(null);
              setChoosing(true);
            }}
          >
            {t('hostCandidates.choose')}
          </button>
        )}
      </div>
      <p className="section-intro">{t('hostCandidates.intro')}</p>
      {canEdit && !connected && <p className="field-hint">{t('hostCandidates.connectFirst')}</p>}
      <SuccessMessage>{confirmation}</SuccessMessage>
      {hostError !== null && <ErrorAlert error={hostError} />}
      {state.status === 'loading' && <Loading />}
      {state.status === 'failed' &&
        (notConnected ? (
          <p className="empty-note">{t('hostCandidates.emptyNotConnected')}</p>
        ) : (
          <ErrorAlert error={state.error} onRetry={reload} />
        ))}
      {state.status === 'loaded' &&
        (state.data.length === 0 ? (
          <p className="empty-note">
            {connected ? t('hostCandidates.empty') : t('hostCandidates.emptyNotConnected')}
          </p>
        ) : (
          <HostCandidatesTable
            hosts={state.data}
            canEdit={canEdit}
            busyHostId={busyHostId}
            onSaveLabel={(host, label) => saveLabel(state.data, host, label)}
            onRemove={(host) => removeHost(state.data, host)}
          />
        ))}
      {choosing && state.status === 'loaded' && (
        <ChooseHostsDialog
          currentHosts={state.data}
          connectingZoomUserId={connection.zoomUser?.id ?? null}
          onSaved={showSavedSelection}
          onClose={() => setChoosing(false)}
        />
      )}
    </section>
  );
}
