import type { InterviewResponse } from '@parley/api-contract';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useDateTimeFormat } from '../../format/use-date-time.ts';

type ConnectionFlag = NonNullable<InterviewResponse['connectionFlag']>;

/** What went wrong with the Zoom side of the interview, for everyone who sees it. */
function flagText(reason: ConnectionFlag['reason'], t: TFunction<'interviews'>): string {
  switch (reason) {
    case 'needs_reconnect':
      return t('connectionFlag.needs_reconnect');
    case 'removed':
      return t('connectionFlag.removed');
    case 'host_unavailable':
      return t('connectionFlag.host_unavailable');
    case 'meeting_missing':
      return t('connectionFlag.meeting_missing');
  }
}

/** What to do about it: admins fix the connection and re-validate; the others know whom to ask. */
function flagAction(reason: ConnectionFlag['reason'], isAdmin: boolean, t: TFunction<'interviews'>): string {
  if (reason === 'host_unavailable') return t('connectionFlag.actionHost');
  return isAdmin ? t('connectionFlag.actionAdmin') : t('connectionFlag.actionOthers');
}

/**
 * The interview depends on a Zoom connection that broke or was removed (docs/interviews.md, "Connection
 * loss"): until an admin reconnects and re-validates, Parley cannot change or cancel its meeting in Zoom,
 * so the page says so before anyone relies on the join link.
 */
export function ConnectionFlagBanner({
  interview,
  isAdmin,
}: {
  interview: InterviewResponse;
  isAdmin: boolean;
}) {
  const { t } = useTranslation('interviews');
  const formatDateTime = useDateTimeFormat();
  const flag = interview.connectionFlag;
  if (!flag || interview.state === 'cancelled' || interview.state === 'completed') return null;
  return (
    <div className="alert alert-warning connection-flag" role="alert">
      <p>
        <strong>{flagText(flag.reason, t)}</strong>{' '}
        <span className="text-muted">{t('connectionFlag.since', { time: formatDateTime(flag.since) })}</span>
      </p>
      <p>{flagAction(flag.reason, isAdmin, t)}</p>
      {isAdmin && flag.reason !== 'host_unavailable' && (
        <p>
          <Link to="/settings/zoom">{t('connectionFlag.openZoomSettings')}</Link>
        </p>
      )}
    </div>
  );
}
