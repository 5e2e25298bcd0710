import type { OrganizationZoomConnection } from '@parley/api-contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/parley-client.ts';
import { ErrorAlert, SuccessMessage } from '../../../components/alerts.tsx';
import { ConfirmDialog } from '../../../components/confirm-dialog.tsx';
import { useDateTimeFormat } from '../../../format/use-date-time.ts';
import { organizationZoomQuery, zoomKeys } from '../../../queries/zoom-queries.ts';
import { useZoomRedirect } from '../../../zoom/use-zoom-redirect.ts';
import { ZoomProblemAlert } from '../../../zoom/zoom-problem-alert.tsx';
import { ZoomStatusBadge } from '../../../zoom/zoom-status-badge.tsx';
import { zoomStatusReasonText } from '../../../zoom/zoom-status-reason.ts';
import { OrganizationConnectionFacts } from './organization-connection-facts.tsx';

interface OrganizationConnectionSectionProps {
  connection: OrganizationZoomConnection;
  canEdit: boolean;
}

type ConnectionAction = 'check' | 'withdraw' | 'disconnect';

/** How an action went, in a sentence; `problem` when it found something wrong (never shown as success). */
interface ActionOutcome {
  message: string;
  problem: boolean;
}

/** The organization's one Zoom connection: its state in words, what is known about it, and what to do. */
export function OrganizationConnectionSection({ connection, canEdit }: OrganizationConnectionSectionProps) {
  const { t } = useTranslation('zoom');
  const formatDateTime = useDateTimeFormat();
  const redirect = useZoomRedirect(() => api.authorizeOrganizationZoom());
  const queryClient = useQueryClient();
  const [confirmation, setConfirmation] = useState<ActionOutcome | null>(null);
  const [confirmingDisconnect, setConfirmingDisconnect] = useState(false);
  const [focusHeading, setFocusHeading] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // After the dialog's cleanup has closed it, continue from the section heading (the button is gone).
  useEffect(() => {
    if (!focusHeading || confirmingDisconnect) return;
    headingRef.current?.focus();
    setFocusHeading(false);
  }, [focusHeading, confirmingDisconnect]);

  /** Does `action` and says in a sentence how it went. */
  async function perform(action: ConnectionAction): Promise<ActionOutcome> {
    switch (action) {
      case 'check': {
        const checked = await api.checkOrganizationZoom();
        queryClient.setQueryData(organizationZoomQuery.queryKey, checked);
        return checked.lastCheckOk
          ? { message: t('zoom.settings.checkedOk'), problem: false }
          : { message: t('zoom.settings.checkedProblem'), problem: true };
      }
      case 'withdraw':
        await api.withdrawZoomAdminLink();
        return { message: t('zoom.settings.linkWithdrawn'), problem: false };
      case 'disconnect':
        await api.disconnectOrganizationZoom();
        return { message: t('zoom.settings.disconnected'), problem: false };
    }
  }

  // Every section below depends on the connection's state, so each of these refetches them all.
  const connectionAction = useMutation({
    mutationFn: perform,
    meta: { invalidates: [zoomKeys.organization] },
  });
  const busy = connectionAction.isPending ? connectionAction.variables : null;

  function run(action: ConnectionAction) {
    setConfirmation(null);
    connectionAction.mutate(action, {
      onSuccess: (outcome) => {
        setConfirmation(outcome);
        if (action === 'disconnect') setFocusHeading(true);
      },
      onSettled: () => {
        if (action === 'disconnect') setConfirmingDisconnect(false);
      },
    });
  }

  const { status, statusReason, pendingLink, problem } = connection;
  const needsAttention = status === 'needs_reconnect' || status === 'removed_in_zoom';
  const connectLabel = needsAttention ? t('zoom.settings.reconnect') : t('zoom.settings.connect');
  const canConnect = status !== 'connected' && connection.authType !== 'server_to_server';
  const canCheck = status === 'connected' || status === 'needs_reconnect';
  const canDisconnect = status === 'connected' || needsAttention;

  return (
    <section className="card section" aria-labelledby="organization-connection-heading">
      <h2 id="organization-connection-heading" ref={headingRef} tabIndex={-1}>
        {t('zoom.settings.organizationHeading')}
      </h2>
      <p className="status-line">
        <span>{t('zoom.settings.status')}</span> <ZoomStatusBadge status={status} />
        {connection.statusChangedAt && (
          <span className="status-since">
            {t('zoom.settings.since', { time: formatDateTime(connection.statusChangedAt) })}
          </span>
        )}
      </p>
      {status === 'not_connected' && <p>{t('zoom.settings.notConnectedText')}</p>}
      {needsAttention && statusReason && (
        <div className="alert alert-warning">
          <p>{zoomStatusReasonText(statusReason, 'organization', connection.zoomUser?.email ?? null, t)}</p>
        </div>
      )}
      {pendingLink && (
        <div className="alert alert-info">
          <p>
            {t('zoom.settings.pendingLink', {
              name: pendingLink.createdBy.name,
              expiresAt: formatDateTime(pendingLink.expiresAt),
            })}
          </p>
        </div>
      )}
      {problem && (
        <ZoomProblemAlert problem={problem} explainedReason={needsAttention ? statusReason : null} />
      )}
      {(connection.authType !== null || connection.zoomAccountId !== null) && (
        <OrganizationConnectionFacts connection={connection} />
      )}
      {redirect.error !== null && <ErrorAlert error={redirect.error} />}
      {connectionAction.error !== null && <ErrorAlert error={connectionAction.error} />}
      {canEdit && (
        <div className="form-actions">
          {canConnect && (
            <button
              type="button"
              className="button button-primary"
              onClick={redirect.start}
              disabled={redirect.redirecting}
            >
              {redirect.redirecting ? t('zoom.settings.redirecting') : connectLabel}
            </button>
          )}
          {pendingLink && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => run('withdraw')}
              disabled={busy !== null}
            >
              {t('zoom.settings.withdrawLink')}
            </button>
          )}
          {canCheck && (
            <button
              type="button"
              className="button button-secondary"
              onClick={() => run('check')}
              disabled={busy !== null}
            >
              {busy === 'check' ? t('zoom.settings.checking') : t('zoom.settings.checkNow')}
            </button>
          )}
          {canDisconnect && (
            <button
              type="button"
              className="button button-danger-outline"
              onClick={() => setConfirmingDisconnect(true)}
              disabled={busy !== null}
            >
              {t('zoom.settings.disconnect')}
            </button>
          )}
        </div>
      )}
      {confirmation?.problem ? (
        <div role="status">
          <p className="alert alert-warning">{confirmation.message}</p>
        </div>
      ) : (
        <SuccessMessage>{confirmation?.message ?? null}</SuccessMessage>
      )}
      {confirmingDisconnect && (
        <ConfirmDialog
          heading={t('zoom.settings.confirmDisconnectHeading')}
          text={t('zoom.settings.confirmDisconnectText')}
          confirmLabel={t('zoom.settings.disconnect')}
          destructive
          busy={busy === 'disconnect'}
          onCancel={() => setConfirmingDisconnect(false)}
          onConfirm={() => run('disconnect')}
        />
      )}
    </section>
  );
}
