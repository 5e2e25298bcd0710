import type { HostCandidate, HostCandidateChoice, OrganizationZoomConnection } from '@parley/api-contract';
import { hostLabel } from '@parley/api-contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../../api/api-error.ts';
import { api } from '../../../api/parley-client.ts';
import { ErrorAlert, SuccessMessage } from '../../../components/alerts.tsx';
import { QueryView } from '../../../queries/query-view.tsx';
import { hostCandidatesQuery } from '../../../queries/zoom-queries.ts';
import { ChooseHostsDialog } from './choose-hosts-dialog.tsx';
import { HostCandidatesTable, type LabelSaveResult } from './host-candidates-table.tsx';

/** The server's sentence about the label at `index` of the list sent, if the failure is about it. */
function labelIssue(error: unknown, index: number): string | null {
  if (!(error instanceof ApiError)) return null;
  return error.details.find((issue) => issue.path === `hosts.${index}.label`)?.message ?? null;
}

interface HostCandidatesSectionProps {
  connection: OrganizationZoomConnection;
  canEdit: boolean;
}

/** The Zoom users meetings may be created for, each with a display label; admins choose and label them. */
export function HostCandidatesSection({ connection, canEdit }: HostCandidatesSectionProps) {
  const { t, i18n } = useTranslation('zoom');
  const queryClient = useQueryClient();
  const hosts = useQuery(hostCandidatesQuery);
  const [choosing, setChoosing] = useState(false);
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const connected = connection.status === 'connected';

  /** Saves the whole list; `changedHostId` is the row whose controls wait for the answer. */
  const replaceHosts = useMutation({
    mutationFn: ({ choices }: { changedHostId: string; choices: HostCandidateChoice[] }) =>
      api.replaceHostCandidates(choices),
    onSuccess: (saved) => queryClient.setQueryData(hostCandidatesQuery.queryKey, saved),
  });
  const busyHostId = replaceHosts.isPending ? replaceHosts.variables.changedHostId : null;

  async function saveLabel(
    list: HostCandidate[],
    changed: HostCandidate,
    label: string,
  ): Promise<LabelSaveResult> {
    setConfirmation(null);
    const choices = list.map((host) => ({
      zoomUserId: host.zoomUserId,
      // An emptied label goes back to the default (null); the other hosts keep their custom label or none.
      label: host.id === changed.id ? label.trim() || null : host.customLabel,
    }));
    try {
      const saved = await replaceHosts.mutateAsync({ changedHostId: changed.id, choices });
      const savedHost = saved.find((host) => host.id === changed.id);
      const savedLabel = savedHost ? hostLabel(savedHost, i18n.language) : label;
      setConfirmation(t('zoom.hostCandidates.labelSaved', { label: savedLabel }));
      return { saved: true };
    } catch (error) {
      // A problem with this label is shown at its field; anything else above the table.
      const fieldError = labelIssue(
        error,
        list.findIndex((host) => host.id === changed.id),
      );
      if (fieldError) replaceHosts.reset();
      return { saved: false, fieldError };
    }
  }

  /** Removes a host (typically one flagged as unable to host); focus continues at the section heading. */
  function removeHost(list: HostCandidate[], removed: HostCandidate) {
    setConfirmation(null);
    const choices = list
      .filter((host) => host.id !== removed.id)
      .map((host) => ({ zoomUserId: host.zoomUserId, label: host.customLabel }));
    replaceHosts.mutate(
      { changedHostId: removed.id, choices },
      {
        onSuccess: () => {
          setConfirmation(t('zoom.hostCandidates.removed', { email: removed.email }));
          headingRef.current?.focus();
        },
      },
    );
  }

  function showSavedSelection(saved: HostCandidate[]) {
    setChoosing(false);
    setConfirmation(t('zoom.hostCandidates.selectionSaved', { number: saved.length }));
  }

  const notConnectedNote = (error: unknown) =>
    error instanceof ApiError && error.code === 'ZOOM_NOT_CONNECTED' ? (
      <p className="empty-note">{t('zoom.hostCandidates.emptyNotConnected')}</p>
    ) : undefined;

  return (
    <section className="section" aria-labelledby="host-candidates-heading">
      <div className="section-header">
        <h2 id="host-candidates-heading" ref={headingRef} tabIndex={-1}>
          {t('zoom.hostCandidates.heading')}
        </h2>
        {canEdit && (
          <button
            type="button"
            className="button button-secondary"
            disabled={!connected || !hosts.isSuccess}
            onClick={() => {
              setConfirmation(null);
              setChoosing(true);
            }}
          >
            {t('zoom.hostCandidates.choose')}
          </button>
        )}
      </div>
      <p className="section-intro">{t('zoom.hostCandidates.intro')}</p>
      {/* With no hosts, the list's own note already says to connect first: say it once. */}
      {canEdit && !connected && (hosts.data?.length ?? 0) > 0 && (
        <p className="field-hint">{t('zoom.hostCandidates.connectFirst')}</p>
      )}
      <SuccessMessage>{confirmation}</SuccessMessage>
      {replaceHosts.error !== null && <ErrorAlert error={replaceHosts.error} />}
      <QueryView query={hosts} explainError={notConnectedNote}>
        {(list) =>
          list.length === 0 ? (
            <p className="empty-note">
              {connected ? t('zoom.hostCandidates.empty') : t('zoom.hostCandidates.emptyNotConnected')}
            </p>
          ) : (
            <HostCandidatesTable
              hosts={list}
              canEdit={canEdit}
              busyHostId={busyHostId}
              onSaveLabel={(host, label) => saveLabel(list, host, label)}
              onRemove={(host) => removeHost(list, host)}
            />
          )
        }
      </QueryView>
      {choosing && hosts.isSuccess && (
        <ChooseHostsDialog
          currentHosts={hosts.data}
          connectingZoomUserId={connection.zoomUser?.id ?? null}
          onSaved={showSavedSelection}
          onClose={() => setChoosing(false)}
        />
      )}
    </section>
  );
}
