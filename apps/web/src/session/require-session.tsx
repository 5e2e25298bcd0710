import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router-dom';
import { ErrorAlert } from '../components/alerts.tsx';
import { Loading } from '../components/loading.tsx';
import { useSession } from './session-context.tsx';

/** Where the login page sends someone back to, carried in the router's location state. */
export interface ReturnTo {
  returnTo: string;
  sessionEnded?: boolean;
}

/** Renders its child routes for a signed-in user; otherwise sends them to `/login` and back afterwards. */
export function RequireSession({ children }: { children?: React.ReactNode }) {
  const { session, recheck } = useSession();
  const location = useLocation();
  const { t } = useTranslation();
  switch (session.status) {
    case 'checking':
      return (
        <div className="centered-page">
          <Loading />
        </div>
      );
    case 'unreachable':
      return (
        <div className="centered-page">
          <h1 className="visually-hidden">{t('app.name')}</h1>
          <ErrorAlert error={session.error} onRetry={recheck} />
        </div>
      );
    case 'signedOut': {
      // After logging out, the next person starts fresh; otherwise they come back to where they were.
      if (session.reason === 'loggedOut') return <Navigate to="/login" replace />;
      const state: ReturnTo = {
        returnTo: `${location.pathname}${location.search}${location.hash}`,
        sessionEnded: session.reason === 'ended',
      };
      return <Navigate to="/login" replace state={state} />;
    }
    case 'signedIn':
      return children ?? <Outlet />;
  }
}
