import type { AdminNotification } from '@parley/api-contract';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { notificationsApi } from '../api/notifications-client.ts';
import { useDateTimeFormat } from '../format/use-date-time.ts';
import { notificationKeys } from '../queries/notifications-queries.ts';
import { incidentDetails, incidentTitle } from './notification-words.ts';

interface NotificationItemProps {
  notification: AdminNotification;
  /** Called when a link leads away, so the panel closes. */
  onNavigate: () => void;
}

/** One incident in the bell's panel: what happened, the interviews it hits (each a link), where to fix it. */
export function NotificationItem({ notification, onNavigate }: NotificationItemProps) {
  const { t } = useTranslation('notifications');
  const formatDateTime = useDateTimeFormat();
  const markRead = useMutation({
    mutationFn: () => notificationsApi.markNotificationRead(notification.id),
    meta: { invalidates: [notificationKeys.all] },
  });
  const { facts } = notification;
  const leave = () => {
    if (!notification.read) markRead.mutate();
    onNavigate();
  };
  const resolved = notification.resolvedAt !== null;
  return (
    <li className={`notification-item${notification.read ? '' : ' notification-item-unread'}`}>
      <p className="notification-title">
        {!notification.read && !resolved && <span className="badge badge-warning">{t('panel.new')}</span>}
        {resolved && <span className="badge badge-success">{t('panel.resolved')}</span>}
        <strong>{incidentTitle(facts, t)}</strong>
      </p>
      <p className="notification-detail">{incidentDetails(facts, t)}</p>
      <p className="notification-time">{t('panel.since', { time: formatDateTime(notification.openedAt) })}</p>
      {notification.interviews.length > 0 && (
        <>
          <p className="notification-detail">
            {t('panel.interviews', { number: notification.interviews.length })}
          </p>
          <ul className="notification-interviews">
            {notification.interviews.map((interview) => (
              <li key={interview.id}>
                <Link to={`/interviews/${interview.id}`} onClick={leave}>
                  {interview.candidateName} – {interview.jobTitle}
                </Link>{' '}
                <span className="notification-time">{formatDateTime(interview.startAt)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="notification-actions">
        {facts.kind !== 'meeting_failed' && !resolved && (
          <Link to="/settings/zoom" onClick={leave}>
            {t('panel.fixInZoomSettings')}
          </Link>
        )}
        {!notification.read && (
          <button
            type="button"
            className="button-link"
            disabled={markRead.isPending}
            onClick={() => markRead.mutate()}
          >
            {t('panel.markRead')}
          </button>
        )}
      </div>
    </li>
  );
}
