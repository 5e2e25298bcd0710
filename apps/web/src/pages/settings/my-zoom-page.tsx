import type { PersonalZoomConnection } from '@parley/api-contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/parley-client.ts';
import { ErrorAlert, SuccessMessage } from '../../components/alerts.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useDateTimeFormat } from '../../format/use-date-time.ts';
import { QueryView } from '../../queries/query-view.tsx';
import { personalZoomQuery, zoomKeys } from '../../queries/zoom-queries.ts';
import { useZoomRedirect } from '../../zoom/use-zoom-redirect.ts';
import { ZoomProblemAlert } from '../../zoom/zoom-problem-alert.tsx';
import { ZoomStatusBadge } from '../../zoom/zoom-status-badge.tsx';
import { zoomStatusReasonText } from '../../zoom/zoom-status-reason.ts';

/** In one sentence: which Zoom access this person's interview meetings use right now. */
function effectiveAccessText(effective: PersonalZoomConnection['effective'], t: TFunction<'zoom'>): string {
  const email = effective.zoomEmail ?? t('zoom.reason.unknownUser');
  switch (effective.source) {
    case 'personal':
      return effective.usable
        ? t('zoom.myZoom.usesPersonal', { email })
        : t('zoom.myZoom.usesPersonalBroken', { email });
    case 'organization':
      return effective.usable
        ? t('zoom.myZoom.usesOrganization', { email })
        : t('zoom.myZoom.usesOrganizationBroken', { email });
    case 'none':
      return t('zoom.myZoom.usesNone');
  }
}

/** Settings → My Zoom: connect or disconnect one's own Zoom account and see which access applies. */
export function MyZoomPage() {
  const { t } = useTranslation('zoom');
  const personal = useQuery(personalZoomQuery);
  return (
    <>
      <PageHeading documentTitle={t('zoom.myZoom.title')} intro={t('zoom.myZoom.intro')}>
        {t('zoom.myZoom.title')}
      </PageHeading>
      <QueryView query={personal}>{(connection) => <PersonalConnection connection={connection} />}</QueryView>
    </>
  );
}

function PersonalConnection({ connection }: { connection: PersonalZoomConnection }) {
  const { t } = useTranslation('zoom');
  const formatDateTime = useDateTimeFormat();
  const redirect = useZoomRedirect(() => api.authorizePersonalZoom());
  const [confirming, setConfirming] = useState(false);
  // Which access applies to this person shows on the organization's pages too.
  const disconnectPersonal = useMutation({
    mutationFn: () => api.disconnectPersonalZoom(),
    meta: { invalidates: [zoomKeys.all] },
  });
  const [confirmation, setConfirmation] = useState<string | null>(null);
  const [focusHeading, setFocusHeading] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (!focusHeading || confirming) return;
    headingRef.current?.focus();
    setFocusHeading(false);
  }, [focusHeading, confirming]);

  function disconnect() {
    disconnectPersonal.mutate(undefined, {
      onSuccess: () => {
        setConfirmation(t('zoom.myZoom.disconnected'));
        setFocusHeading(true);
      },
      onSettled: () => setConfirming(false),
    });
  }

  const { status, zoomUser } = connection;
  const needsAttention = status === 'needs_reconnect' || status === 'removed_in_zoom';
  return (
    <>
      <section className="card section" aria-labelledby="my-zoom-account-heading">
        <h2 id="my-zoom-account-heading" ref={headingRef} tabIndex={-1}>
          {t('zoom.myZoom.accountHeading')}
        </h2>
        <p className="status-line">
          <span>{t('zoom.settings.status')}</span> <ZoomStatusBadge status={status} />
        </p>
        {needsAttention && connection.statusReason && (
          <div className="alert alert-warning">
            <p>{zoomStatusReasonText(connection.statusReason, 'personal', zoomUser?.email ?? null, t)}</p>
          </div>
        )}
        {connection.problem && (
          <ZoomProblemAlert
            problem={connection.problem}
            explainedReason={needsAttention ? connection.statusReason : null}
          />
        )}
        {status === 'not_connected' && <p>{t('zoom.myZoom.notConnectedText')}</p>}
        {zoomUser && (
          <dl className="facts facts-boxed">
            <div>
              <dt>{t('zoom.myZoom.zoomEmail')}</dt>
              <dd>{zoomUser.email}</dd>
            </div>
            {connection.connectedAt && (
              <div>
                <dt>{t('zoom.myZoom.connectedAt')}</dt>
                <dd>
                  <time dateTime={connection.connectedAt}>{formatDateTime(connection.connectedAt)}</time>
                </dd>
              </div>
            )}
            <div>
              <dt>{t('zoom.myZoom.lastUsed')}</dt>
              <dd>
                {connection.lastUsedAt ? (
                  <time dateTime={connection.lastUsedAt}>{formatDateTime(connection.lastUsedAt)}</time>
                ) : (
                  t('zoom.connectedUsers.neverUsed')
                )}
              </dd>
            </div>
          </dl>
        )}
        {redirect.error !== null && <ErrorAlert error={redirect.error} />}
        {disconnectPersonal.error !== null && <ErrorAlert error={disconnectPersonal.error} />}
        <div className="form-actions">
          {status !== 'connected' && (
            <button
              type="button"
              className="button button-primary"
              onClick={redirect.start}
              disabled={redirect.redirecting}
            >
              {redirect.redirecting
                ? t('zoom.settings.redirecting')
                : needsAttention
                  ? t('zoom.myZoom.reconnect')
                  : t('zoom.myZoom.connect')}
            </button>
          )}
          {status !== 'not_connected' && (
            <button
              type="button"
              className="button button-danger-outline"
              onClick={() => setConfirming(true)}
            >
              {t('zoom.myZoom.disconnect')}
            </button>
          )}
        </div>
        <SuccessMessage>{confirmation}</SuccessMessage>
      </section>
      <section className="card section" aria-labelledby="my-zoom-effective-heading">
        <h2 id="my-zoom-effective-heading">{t('zoom.myZoom.effectiveHeading')}</h2>
        <p className={connection.effective.usable ? undefined : 'text-warning'}>
          {effectiveAccessText(connection.effective, t)}
        </p>
        <p className="field-hint">{t('zoom.myZoom.precedence')}</p>
      </section>
      {confirming && (
        <ConfirmDialog
          heading={t('zoom.myZoom.confirmDisconnectHeading')}
          text={t('zoom.myZoom.confirmDisconnectText')}
          confirmLabel={t('zoom.myZoom.disconnect')}
          destructive
          busy={disconnectPersonal.isPending}
          onCancel={() => setConfirming(false)}
          onConfirm={disconnect}
        />
      )}
    </>
  );
}
