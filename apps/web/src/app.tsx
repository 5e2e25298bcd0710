import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AppShell } from './components/app-shell.tsx';
import { Loading } from './components/loading.tsx';
import { AcceptInvitationPage } from './pages/accept-invitation-page.tsx';
import { LoginPage } from './pages/login-page.tsx';
import { NotFoundPage } from './pages/not-found-page.tsx';
import { CandidatesPage, InterviewsPage, JobsPage } from './pages/placeholder-pages.tsx';
import { InvitationsSettingsPage } from './pages/settings/invitations-settings-page.tsx';
import { MailboxMessagePage } from './pages/settings/mailbox-message-page.tsx';
import { MailboxPage } from './pages/settings/mailbox-page.tsx';
import { MyZoomPage } from './pages/settings/my-zoom-page.tsx';
import { ProfileSettingsPage } from './pages/settings/profile-settings-page.tsx';
import { SettingsLayout } from './pages/settings/settings-layout.tsx';
import { SettingsSectionGuard } from './pages/settings/settings-section-guard.tsx';
import { UsersSettingsPage } from './pages/settings/users-settings-page.tsx';
import { ZoomSettingsPage } from './pages/settings/zoom/zoom-settings-page.tsx';
import { AdminAuthorizePage } from './pages/zoom/admin-authorize-page.tsx';
import { ZoomResultPage } from './pages/zoom/zoom-result-page.tsx';
import { createQueryClient } from './queries/query-client.ts';
import { RequireSession } from './session/require-session.tsx';
import { SessionProvider } from './session/session-context.tsx';

/**
 * The audit log is the one page that needs Luxon (whole days in the viewer's zone), ~22 kB gzip: it loads
 * with the page instead of with the app.
 */
const AuditLogPage = lazy(async () => ({
  default: (await import('./pages/settings/audit/audit-log-page.tsx')).AuditLogPage,
}));

/** The web routes of docs/api.md and docs/zoom-api.md; the server answers every other non-API path with this app. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <SessionProvider>
          <Routes>
            <Route path="/login" element={<LoginPage />} />
            <Route path="/invitations/:token" element={<AcceptInvitationPage />} />
            <Route path="/zoom/admin-authorize/:token" element={<AdminAuthorizePage />} />
            <Route path="/zoom/result" element={<ZoomResultPage />} />
            <Route
              element={
                <RequireSession>
                  <AppShell />
                </RequireSession>
              }
            >
              <Route index element={<Navigate to="/interviews" replace />} />
              <Route path="interviews" element={<InterviewsPage />} />
              <Route path="candidates" element={<CandidatesPage />} />
              <Route path="jobs" element={<JobsPage />} />
              <Route path="settings" element={<SettingsLayout />}>
                <Route index element={<Navigate to="/settings/profile" replace />} />
                <Route path="profile" element={<ProfileSettingsPage />} />
                <Route path="my-zoom" element={<MyZoomPage />} />
                <Route
                  path="users"
                  element={
                    <SettingsSectionGuard section="users">
                      <UsersSettingsPage />
                    </SettingsSectionGuard>
                  }
                />
                <Route
                  path="invitations"
                  element={
                    <SettingsSectionGuard section="invitations">
                      <InvitationsSettingsPage />
                    </SettingsSectionGuard>
                  }
                />
                <Route
                  path="audit-log"
                  element={
                    <SettingsSectionGuard section="audit-log">
                      <Suspense fallback={<Loading />}>
                        <AuditLogPage />
                      </Suspense>
                    </SettingsSectionGuard>
                  }
                />
                <Route
                  path="zoom"
                  element={
                    <SettingsSectionGuard section="zoom">
                      <ZoomSettingsPage />
                    </SettingsSectionGuard>
                  }
                />
                <Route
                  path="mailbox"
                  element={
                    <SettingsSectionGuard section="mailbox">
                      <MailboxPage />
                    </SettingsSectionGuard>
                  }
                />
                <Route
                  path="mailbox/:messageId"
                  element={
                    <SettingsSectionGuard section="mailbox">
                      <MailboxMessagePage />
                    </SettingsSectionGuard>
                  }
                />
                <Route path="*" element={<NotFoundPage />} />
              </Route>
              <Route path="*" element={<NotFoundPage />} />
            </Route>
          </Routes>
        </SessionProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
