import { lazy, type ReactNode, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { useLiveChanges } from '../queries/use-live-changes.ts';
import { useMe } from '../session/session-context.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { Loading } from './loading.tsx';
import { MainNavigation } from './main-navigation.tsx';
import { UserMenu } from './user-menu.tsx';

// Its own chunk: the bell's calls, texts and styles load for signed-in admins, not with the login page.
const NotificationBell = lazy(async () => ({
  default: (await import('../notifications/notification-bell.tsx')).NotificationBell,
}));

/**
 * Header with product name, main navigation, language switcher, the admins' notification bell and user
 * menu; the page below it. While it is shown, the pages follow what changes on the server
 * (useLiveChanges). The page is the matched child route, or `children` for a page that is also shown to
 * people who are not signed in (the Zoom result page). The page has its own Suspense boundary: the routes'
 * one (in app.tsx) would replace the whole shell with the loading state each time another page's lazy
 * chunk loads, and the header and navigation would blink away.
 */
export function AppShell({ children }: { children?: ReactNode }) {
  const { t } = useTranslation();
  const me = useMe();
  useLiveChanges();
  return (
    <div className="app-shell">
      <a className="skip-link" href="#main-content">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <div className="app-header-inner">
          <Link to="/interviews" className="brand">
            <img src="/favicon.svg" alt="" width="28" height="28" />
            <span>{t('app.name')}</span>
          </Link>
          <MainNavigation />
          <div className="app-header-tools">
            <LanguageSwitcher />
            {me.user.role === 'admin' && (
              <Suspense fallback={null}>
                <NotificationBell />
              </Suspense>
            )}
            <UserMenu />
          </div>
        </div>
      </header>
      <main id="main-content" className="app-main" tabIndex={-1}>
        {/* A page whose code or texts are still loading waits here, under the header, not instead of it. */}
        <Suspense fallback={<Loading />}>{children ?? <Outlet />}</Suspense>
      </main>
    </div>
  );
}
