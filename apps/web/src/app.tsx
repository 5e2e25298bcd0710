import { QueryClientProvider } from '@tanstack/react-query';
import { type ComponentType, type LazyExoticComponent, lazy, Suspense, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router-dom';
import { AppShell } from './components/app-shell.tsx';
import { Loading } from './components/loading.tsx';
// The login page is part of the entry, with the shell: the first page of most visits, and what it uses
// (session, forms, alerts) is what every other page uses too.
import { LoginPage } from './pages/login-page.tsx';
import { SettingsSectionGuard } from './pages/settings/settings-section-guard.tsx';
import { createQueryClient } from './queries/query-client.ts';
import { RequireSession } from './session/require-session.tsx';
import { SessionProvider } from './session/session-context.tsx';

/**
 * A page loaded when it is first shown: each page is its own chunk, so the login page does not download
 * the settings pages (scripts/check-web-size.ts holds the first load of every page to a budget).
 */
function lazyPage<Name extends string>(
  load: () => Promise<Record<Name, ComponentType>>,
  name: Name,
): LazyExoticComponent<ComponentType> {
  return lazy(async () => ({ default: (await load())[name] as ComponentType }));
}

const AcceptInvitationPage = lazyPage(
  () => import('./pages/accept-invitation-page.tsx'),
  'AcceptInvitationPage',
);
const AdminAuthorizePage = lazyPage(
  () => import('./pages/zoom/admin-authorize-page.tsx'),
  'AdminAuthorizePage',
);
const ZoomResultPage = lazyPage(() => import('./pages/zoom/zoom-result-page.tsx'), 'ZoomResultPage');
const NotFoundPage = lazyPage(() => import('./pages/not-found-page.tsx'), 'NotFoundPage');
const InterviewsPage = lazyPage(() => import('./pages/interviews/interviews-page.tsx'), 'InterviewsPage');
const InterviewPage = lazyPage(() => import('./pages/interviews/interview-page.tsx'), 'InterviewPage');
const ChangeInterviewPage = lazyPage(
  () => import('./pages/interviews/change-interview-page.tsx'),
  'ChangeInterviewPage',
);
const CandidatesPage = lazyPage(() => import('./pages/candidates/candidates-page.tsx'), 'CandidatesPage');
const NewCandidatePage = lazyPage(
  () => import('./pages/candidates/new-candidate-page.tsx'),
  'NewCandidatePage',
);
const ImportCandidatesPage = lazyPage(
  () => import('./pages/candidates/import/import-candidates-page.tsx'),
  'ImportCandidatesPage',
);
const CandidatePage = lazyPage(() => import('./pages/candidates/candidate-page.tsx'), 'CandidatePage');
const StageEditorPage = lazyPage(
  () => import('./pages/jobs/stages/stage-editor-page.tsx'),
  'StageEditorPage',
);
const ApplicationPage = lazyPage(() => import('./pages/jobs/application-page.tsx'), 'ApplicationPage');
const JobsPage = lazyPage(() => import('./pages/jobs/jobs-page.tsx'), 'JobsPage');
const NewJobPage = lazyPage(() => import('./pages/jobs/new-job-page.tsx'), 'NewJobPage');
const JobPage = lazyPage(() => import('./pages/jobs/job-page.tsx'), 'JobPage');
const ScheduleInterviewPage = lazyPage(
  () => import('./pages/jobs/schedule-interview-page.tsx'),
  'ScheduleInterviewPage',
);
const SettingsLayout = lazyPage(() => import('./pages/settings/settings-layout.tsx'), 'SettingsLayout');
const ProfileSettingsPage = lazyPage(
  () => import('./pages/settings/profile-settings-page.tsx'),
  'ProfileSettingsPage',
);
const MyZoomPage = lazyPage(() => import('./pages/settings/my-zoom-page.tsx'), 'MyZoomPage');
const OrganizationSettingsPage = lazyPage(
  () => import('./pages/settings/organization-settings-page.tsx'),
  'OrganizationSettingsPage',
);
const UsersSettingsPage = lazyPage(
  () => import('./pages/settings/users-settings-page.tsx'),
  'UsersSettingsPage',
);
const InvitationsSettingsPage = lazyPage(
  () => import('./pages/settings/invitations-settings-page.tsx'),
  'InvitationsSettingsPage',
);
// The audit log also brings Luxon (whole days in the viewer's zone), ~22 kB gzip.
const AuditLogPage = lazyPage(() => import('./pages/settings/audit/audit-log-page.tsx'), 'AuditLogPage');
const ZoomSettingsPage = lazyPage(
  () => import('./pages/settings/zoom/zoom-settings-page.tsx'),
  'ZoomSettingsPage',
);
const MessageTemplatesPage = lazyPage(
  () => import('./pages/settings/message-templates/message-templates-page.tsx'),
  'MessageTemplatesPage',
);
const MailboxPage = lazyPage(() => import('./pages/settings/mailbox-page.tsx'), 'MailboxPage');
const MailboxMessagePage = lazyPage(
  () => import('./pages/settings/mailbox-message-page.tsx'),
  'MailboxMessagePage',
);

/** The web routes of docs/api.md and docs/zoom-api.md; the server answers every other non-API path with this app. */
export function App() {
  const [queryClient] = useState(createQueryClient);
  return (
    <QueryClientProvider client={queryClient}>
      <BrowserRouter>
        <SessionProvider>
          <Suspense fallback={<Loading />}>
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
                <Route path="interviews/:interviewId" element={<InterviewPage />} />
                <Route path="interviews/:interviewId/change" element={<ChangeInterviewPage />} />
                <Route path="candidates" element={<CandidatesPage />} />
                <Route path="candidates/new" element={<NewCandidatePage />} />
                <Route path="candidates/import" element={<ImportCandidatesPage />} />
                <Route path="candidates/:candidateId" element={<CandidatePage />} />
                <Route path="jobs" element={<JobsPage />} />
                <Route path="jobs/new" element={<NewJobPage />} />
                <Route path="jobs/:jobId" element={<JobPage />} />
                <Route path="jobs/:jobId/stages" element={<StageEditorPage />} />
                <Route path="jobs/:jobId/applications/:applicationId" element={<ApplicationPage />} />
                <Route
                  path="jobs/:jobId/applications/:applicationId/schedule"
                  element={<ScheduleInterviewPage />}
                />
                <Route path="settings" element={<SettingsLayout />}>
                  <Route index element={<Navigate to="/settings/profile" replace />} />
                  <Route path="profile" element={<ProfileSettingsPage />} />
                  <Route path="my-zoom" element={<MyZoomPage />} />
                  <Route
                    path="organization"
                    element={
                      <SettingsSectionGuard section="organization">
                        <OrganizationSettingsPage />
                      </SettingsSectionGuard>
                    }
                  />
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
                    path="message-templates"
                    element={
                      <SettingsSectionGuard section="message-templates">
                        <MessageTemplatesPage />
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
          </Suspense>
        </SessionProvider>
      </BrowserRouter>
    </QueryClientProvider>
  );
}
