import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { OrganizationZoomConnection } from '../../../api/zoom-types.ts';
import { useDateTimeFormat } from '../../../format/use-date-time.ts';
import { zoomRoleLabel } from '../../../zoom/zoom-labels.ts';
import { ScopeList } from '../../../zoom/zoom-problem-alert.tsx';

function connectionTypeLabel(authType: OrganizationZoomConnection['authType'], t: TFunction): string {
  switch (authType) {
    case 'oauth':
      return t('zoomSettings.typeOauth');
    case 'server_to_server':
      return t('zoomSettings.typeServerToServer');
    case null:
      return t('zoomSettings.notAvailable');
  }
}

/** Everything known about the organization connection, as label/value pairs; absent facts are left out. */
export function OrganizationConnectionFacts({ connection }: { connection: OrganizationZoomConnection }) {
  const { t } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const { zoomUser, connectedBy, connectedAt, lastCheckAt, lastCheckOk } = connection;
  return (
    <dl className="facts facts-boxed">
      {connection.authType && (
        <div>
          <dt>{t('zoomSettings.connectionType')}</dt>
          <dd>{connectionTypeLabel(connection.authType, t)}</dd>
        </div>
      )}
      {connection.zoomAccountId && (
        <div>
          <dt>{t('zoomSettings.zoomAccountId')}</dt>
          <dd>
            <code>{connection.zoomAccountId}</code>
          </dd>
        </div>
      )}
      {zoomUser && (
        <div>
          <dt>
            {connection.authType === 'server_to_server'
              ? t('zoomSettings.accountOwner')
              : t('zoomSettings.authorizedBy')}
          </dt>
          <dd>
            {t('zoomSettings.zoomUserWithRole', {
              name: zoomUser.name,
              email: zoomUser.email,
              role: zoomRoleLabel(zoomUser.role, t),
            })}
          </dd>
        </div>
      )}
      {(connectedBy || connectedAt) && (
        <div>
          <dt>{t('zoomSettings.connectedBy')}</dt>
          <dd>
            {connectedBy?.name ?? t('zoomSettings.notAvailable')}
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
          <dt>{t('zoomSettings.lastCheck')}</dt>
          <dd>
            {lastCheckAt ? (
              <>
                <time dateTime={lastCheckAt}>{formatDateTime(lastCheckAt)}</time>
                {' · '}
                {lastCheckOk ? (
                  <span className="text-success">{t('zoomSettings.checkOk')}</span>
                ) : (
                  <span className="text-danger">{t('zoomSettings.checkFailed')}</span>
                )}
              </>
            ) : (
              t('zoomSettings.notCheckedYet')
            )}
          </dd>
        </div>
      )}
      {/* Removed in Zoom: the tokens, and with them the permissions, are gone. */}
      {connection.scopes.length > 0 && connection.status !== 'removed_in_zoom' && (
        <div>
          <dt>{t('zoomSettings.scopes')}</dt>
          <dd>
            <ScopeList scopes={connection.scopes} />
          </dd>
        </div>
      )}
    </dl>
  );
}
