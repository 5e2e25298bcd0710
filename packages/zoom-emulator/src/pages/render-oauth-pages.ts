import type { App, ZoomUser } from '../state/types.ts';
import { escapeHtml, renderPage } from './render-layout.ts';

/** Zoom's own wording when a non-admin tries to add an admin-managed app. */
export const ADMIN_REQUIRED_MESSAGE =
  'An account admin is required to install this type of app. Please contact your account admin or IT administrator to install this app.';

/** Sign-in form: fields "Email" and "Password", button "Sign In". */
export function renderSignInPage(options: { returnTo: string; email?: string; error?: string }): string {
  const error = options.error ? `<p class="error" role="alert">${escapeHtml(options.error)}</p>` : '';
  return renderPage(
    'Sign In',
    `<h1>Sign In</h1>${error}
<form method="post" action="/signin">
  <input type="hidden" name="return_to" value="${escapeHtml(options.returnTo)}">
  <label for="email">Email</label>
  <input id="email" name="email" type="email" autocomplete="username" required value="${escapeHtml(options.email ?? '')}">
  <label for="password">Password</label>
  <input id="password" name="password" type="password" autocomplete="current-password" required>
  <button type="submit">Sign In</button>
</form>`,
  );
}

/** Consent: the app, the scopes it asks for, Allow and Decline. */
export function renderConsentPage(options: {
  app: App;
  user: ZoomUser;
  accountName: string;
  scopes: string[];
  consentId: string;
  logoutUrl: string;
}): string {
  const { app, user, scopes } = options;
  const items = scopes
    .map(
      (scope) =>
        `<li><code>${escapeHtml(scope)}</code> <span class="muted">${escapeHtml(describeScope(scope))}</span></li>`,
    )
    .join('');
  const reach =
    app.type === 'admin'
      ? `It will be added for everyone on the account <strong>${escapeHtml(options.accountName)}</strong>.`
      : 'It will only access your own data.';
  return renderPage(
    `Allow ${app.name}`,
    `<h1>${escapeHtml(app.name)} would like to access your Zoom account</h1>
<p>Signed in as <strong>${escapeHtml(user.email)}</strong>. <a href="${escapeHtml(options.logoutUrl)}">Not you? Sign out</a></p>
<p>${reach}</p>
<h2>This app will be able to:</h2>
<ul class="scopes" aria-label="Requested scopes">${items}</ul>
<form method="post" action="/oauth/consent">
  <input type="hidden" name="consent_id" value="${escapeHtml(options.consentId)}">
  <button type="submit" name="decision" value="allow">Allow</button>
  <button type="submit" name="decision" value="decline" class="secondary">Decline</button>
</form>`,
  );
}

/** What a member sees when authorizing an admin-managed app. */
export function renderAdminRequiredPage(options: { app: App; user: ZoomUser; logoutUrl: string }): string {
  return renderPage(
    'Admin required',
    `<h1>${escapeHtml(options.app.name)}</h1>
<p role="alert">${escapeHtml(ADMIN_REQUIRED_MESSAGE)}</p>
<p class="muted">Signed in as ${escapeHtml(options.user.email)}. <a href="${escapeHtml(options.logoutUrl)}">Sign out</a></p>`,
  );
}

/** Shown when the account requires pre-approval and the app is not approved. */
export function renderPreApprovalPage(options: { app: App; user: ZoomUser; logoutUrl: string }): string {
  return renderPage(
    'Pre-approval required',
    `<h1>${escapeHtml(options.app.name)}</h1>
<p role="alert">Your account requires pre-approval to add this app. Please contact your account admin or IT administrator to approve this app.</p>
<p class="muted">Signed in as ${escapeHtml(options.user.email)}. <a href="${escapeHtml(options.logoutUrl)}">Sign out</a></p>`,
  );
}

/** Zoom's generic authorize error page, with the code formatted as Zoom does: "(4,709)". */
export function renderOAuthErrorPage(message: string, code: number): string {
  return renderPage(
    'Error',
    `<h1>Oops! We were unable to complete your request.</h1>
<p role="alert">${escapeHtml(message)} (${code.toLocaleString('en-US')})</p>`,
  );
}

/** After `/logout`. */
export function renderSignedOutPage(): string {
  return renderPage('Signed out', '<h1>You have been signed out</h1><p><a href="/signin">Sign In</a></p>');
}

const SCOPE_DESCRIPTIONS: [RegExp, string][] = [
  [/^user:read:list_users/, 'View all users on the account'],
  [/^user:read/, 'View user information'],
  [/^meeting:write/, 'Create meetings'],
  [/^meeting:update/, 'Update meetings'],
  [/^meeting:delete/, 'Delete meetings'],
  [/^meeting:read:list_meetings/, 'List meetings'],
  [/^meeting:read/, 'View meetings'],
  [/^(zoom_rooms|room):read/, 'View Zoom Rooms'],
];

function describeScope(scope: string): string {
  const description = SCOPE_DESCRIPTIONS.find(([pattern]) => pattern.test(scope))?.[1] ?? 'Access Zoom data';
  return scope.endsWith(':admin') ? `${description} (for every user on the account)` : description;
}
