import type { AdminNotification } from '@parley/api-contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { notificationsApi } from '../api/notifications-client.ts';
import { Disclosure } from '../components/disclosure.tsx';
import { notificationKeys, notificationListQuery } from '../queries/notifications-queries.ts';
import { QueryView } from '../queries/query-view.tsx';
import { NotificationItem } from './notification-item.tsx';
import '../styles/notifications.css';

/**
 * The admins' bell in the header: the number of open incidents they have not read, and a panel listing
 * the incidents with what each affects and where to fix it. Loaded apart from the shell (app-shell.tsx),
 * so the login page does not download it; the `notifications` change topic keeps it current.
 */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const list = useQuery(notificationListQuery());
  const unread = list.data?.unreadCount ?? 0;

  return (
    <Disclosure
      className="notification-bell"
      buttonLabel={unread > 0 ? t('bell.labelUnread', { number: unread }) : t('bell.label')}
      button={
        <>
          <BellIcon />
          {unread > 0 && (
            <span className="notification-bell-count" aria-hidden="true" data-testid="notification-count">
              {unread}
            </span>
          )}
        </>
      }
      panelClassName="notification-panel"
    >
      {(close) => (
        <QueryView query={list}>
          {(data) => (
            <NotificationPanel notifications={data.notifications} unread={unread} onNavigate={close} />
          )}
        </QueryView>
      )}
    </Disclosure>
  );
}

interface NotificationPanelProps {
  notifications: AdminNotification[];
  unread: number;
  onNavigate: () => void;
}

function NotificationPanel({ notifications, unread, onNavigate }: NotificationPanelProps) {
  const { t } = useTranslation('notifications');
  const markAll = useMutation({
    mutationFn: notificationsApi.markAllNotificationsRead,
    meta: { invalidates: [notificationKeys.all] },
  });
  return (
    <>
      <div className="notification-panel-head">
        <h2>{t('panel.title')}</h2>
        {unread > 0 && (
          <button
            type="button"
            className="button-link"
            disabled={markAll.isPending}
            onClick={() => markAll.mutate()}
          >
            {t('panel.markAllRead')}
          </button>
        )}
      </div>
      {notifications.length === 0 ? (
        <p className="notification-empty">{t('panel.empty')}</p>
      ) : (
        <ul className="notification-list">
          {notifications.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} onNavigate={onNavigate} />
          ))}
        </ul>
      )}
    </>
  );
}

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 22a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 12 22Zm7-6V11a7 7 0 0 0-5.5-6.84V3.5a1.5 1.5 0 0 0-3 0v.66A7 7 0 0 0 5 11v5l-2 2v1h18v-1l-2-2Z"
      />
    </svg>
  );
}
