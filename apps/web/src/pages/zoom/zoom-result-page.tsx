import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { AppShell } from '../../components/app-shell.tsx';
import { Loading } from '../../components/loading.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { PublicLayout } from '../../components/public-layout.tsx';
import type { ReturnTo } from '../../session/require-session.tsx';
import { useSession } from '../../session/session-context.tsx';
import { AdminLinkCreator } from '../../zoom/admin-link-creator.tsx';
import { ZoomAdminHelp } from '../../zoom/zoom-admin-help.tsx';
import { ScopeList } from '../../zoom/zoom-problem-alert.tsx';
import { parseZoomResult, type ZoomResult, zoomResultMessage } from './zoom-result.ts';

/**
 * Where every Zoom OAuth flow ends (`/zoom/result`): one clear message per outcome, in the signed-in
 * user's language or the browser's, and the way back — or a thank-you for a Zoom admin who used a link.
 */
export function ZoomResultPage() {
  const { t } = useTranslation('zoom');
  const [searchParams] = useSearchParams();
  const result = parseZoomResult(searchParams);
  const message = zoomResultMessage(result, t);
  return (
    <ResultFrame>
      <div
        className={message.succeeded ? 'result-icon result-icon-success' : 'result-icon result-icon-failure'}
      >
        <span aria-hidden="true">{message.succeeded ? '✓' : '!'}</span>
      </div>
      <PageHeading documentTitle={message.heading}>{message.heading}</PageHeading>
      <div role={message.succeeded ? 'status' : 'alert'}>
        <p>{message.text}</p>
        {result.outcome === 'zoom_unavailable' && result.zoomCode && (
          <p>{t('zoom.problem.zoomCode', { code: result.zoomCode })}</p>
        )}
        {result.outcome === 'scopes_missing' && result.missing.length > 0 && (
          <>
            <p>{t('zoom.problem.missingScopes')}</p>
            <ScopeList scopes={result.missing} />
          </>
        )}
      </div>
      <NextSteps result={result} />
    </ResultFrame>
  );
}

/**
 * Someone signed in comes back from Zoom into the app itself (header, navigation, their menu), so the
 * way on is the one they know; a Zoom admin who used a link, not signed in, sees the public frame.
 */
function ResultFrame({ children }: { children: ReactNode }) {
  const { session } = useSession();
  if (session.status === 'checking') {
    return (
      <div className="centered-page">
        <Loading />
      </div>
    );
  }
  if (session.status !== 'signedIn') return <PublicLayout>{children}</PublicLayout>;
  return (
    <AppShell>
      <div className="card public-card zoom-result-card">{children}</div>
    </AppShell>
  );
}

function NextSteps({ result }: { result: ZoomResult }) {
  const { t } = useTranslation('zoom');
  const { session } = useSession();
  if (session.status === 'checking') return null;
  const me = session.status === 'signedIn' ? session.me : null;
  const settingsPath = result.flow === 'personal' ? '/settings/my-zoom' : '/settings/zoom';
  const offerAdminLink =
    me?.user.role === 'admin' && result.outcome === 'not_zoom_admin' && result.flow !== 'admin_link';
  return (
    <>
      {offerAdminLink && (
        <section className="public-section" aria-labelledby="result-admin-link-heading">
          <h2 id="result-admin-link-heading">{t('zoom.adminLink.heading')}</h2>
          <AdminLinkCreator />
          <ZoomAdminHelp />
        </section>
      )}
      {result.flow === 'admin_link' && !me ? (
        <p className="field-hint">{t('zoom.result.closePage')}</p>
      ) : me ? (
        <p className="public-links">
          <Link to={settingsPath}>
            {result.flow === 'personal' ? t('zoom.result.backToMyZoom') : t('zoom.result.backToZoomSettings')}
          </Link>
        </p>
      ) : (
        <p className="public-links">
          <Link to="/login" state={{ returnTo: settingsPath } satisfies ReturnTo}>
            {t('zoom.result.logIn')}
          </Link>
        </p>
      )}
    </>
  );
}
