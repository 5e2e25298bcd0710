import type { OrganizationZoomConnection } from '@parley/api-contract';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useDateTimeFormat } from '../../../format/use-date-time.ts';
import { zoomRoleLabel } from '../../../zoom/zoom-labels.ts';
import { ScopeList } from '../../../zoom/zoom-problem-alert.tsx';

function connectionTypeLabel(authType: OrganizationZoomConnection['authType'], t: TFunction<'zoom'>): string {
  switch (authType) {
    case 'oauth':
      return t('zoom.settings.typeOauth');
    case 'server_to_server':
      return t('zoom.settings.typeServerToServer');
    case null:
      return t('zoom.settings.notAvailable');
  }
}

/** Everything known about the organization connection, as label/value pairs; absent facts are left out. */
export function OrganizationConnectionFacts({ connection }: { connection: OrganizationZoomConnection }) {
  const { t } = useTranslation('zoom');
  const formatDateTime = useDateTimeFormat();
  const { zoomUser, connectedBy, connectedAt, lastCheckAt } = connection;
  return (
    <dl className="facts facts-boxed">
      {connection.authType && (
        <div>
          <dt>{t('zoom.settings.connectionType')}</dt>
          <dd>{connectionTypeLabel(connection.authType, t)}</dd>
        </div>
      )}
      {connection.zoomAccountId && (
        <div>
          <dt>{t('zoom.settings.zoomAccountId')}</dt>
          <dd>
            <code>{connection.zoomAccountId}</code>
          </dd>
        </div>
      )}
      {zoomUser && (
        <div>
          <dt>
            {connection.authType === 'server_to_server'
              ? t('zoom.settings.accountOwner')
              : t('zoom.settings.authorizedBy')}
          </dt>
          <dd>
            {t('zoom.settings.zoomUserWithRole', {
              name: zoomUser.name,
              email: zoomUser.email,
              role: zoomRoleLabel(zoomUser.role, t),
            })}
          </dd>
        </div>
      )}
      {(connectedBy || connectedAt) && (
        <div>
          <dt>{t('zoom.settings.connectedBy')}</dt>
          <dd>
            {connectedBy?.name ?? t('zoom.settings.notAvailable')}
            {connectedAt && (
              <>
                {' · '}
                <time dateTime={connectedAt}>{formatDateTime(connectedAt)}</time>
              </>
            )}
          </dd>
        </div>
      )}
      {(lastCheckAt || connection.status === 'connected' || connection.status === 'needs_reconnect') && (
        <div>
          <dt>{t('zoom.settings.lastCheck')}</dt>
          <dd>
            {lastCheckAt ? (
              <>
                <time dateTime={lastCheckAt}>{formatDateTime(lastCheckAt)}</time>
                {' · '}
                <LastCheckResult connection={connection} />
              </>
            ) : (
              t('zoom.settings.notCheckedYet')
            )}
          </dd>
        </div>
      )}
      {/* Removed in Zoom: the tokens, and with them the permissions, are gone. */}
      {connection.scopes.length > 0 && connection.status !== 'removed_in_zoom' && (
        <div>
          <dt>{t('zoom.settings.scopes')}</dt>
          <dd>
            <ScopeList scopes={connection.scopes} />
          </dd>
        </div>
      )}
    </dl>
  );
}

/**
 * What the last check found. A check that passed before the connection broke (a role lost or the app
 * removed in Zoom, reported by Zoom afterwards) says it worked *then* and since when it does not: a plain
 * "working" beside "Needs reconnect" read as a contradiction.
 */
function LastCheckResult({ connection }: { connection: OrganizationZoomConnection }) {
  const { t } = useTranslation('zoom');
  const formatDateTime = useDateTimeFormat();
  const { lastCheckOk, lastCheckAt, status, statusChangedAt } = connection;
  if (!lastCheckOk) return <span className="text-danger">{t('zoom.settings.checkFailed')}</span>;
  if (status === 'connected') return <span className="text-success">{t('zoom.settings.checkOk')}</span>;
  const brokenSince = statusChangedAt ?? lastCheckAt;
  return (
    <span className="text-warning">
      {t('zoom.settings.checkOkBeforeProblem', { time: brokenSince ? formatDateTime(brokenSince) : '' })}
    </span>
  );
}
