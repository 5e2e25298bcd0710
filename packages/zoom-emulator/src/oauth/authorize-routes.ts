import { timingSafeEqual } from 'node:crypto';
import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteRequest, RouteResponse } from '../http/route-types.ts';
import { htmlResponse, redirectResponse } from '../http/send-response.ts';
import {
  renderAdminRequiredPage,
  renderConsentPage,
  renderPreApprovalPage,
  renderSignedOutPage,
  renderSignInPage,
} from '../pages/render-oauth-pages.ts';
import { createOpaqueToken } from '../state/ids.ts';
import type { ZoomUser } from '../state/types.ts';
import {
  currentSessionUser,
  endSession,
  readCookie,
  readForm,
  SESSION_COOKIE,
  safeReturnPath,
  startSession,
} from './browser-session.ts';
import { findInstallation, installApp } from './manage-installations.ts';
import { type AuthorizeRequest, validateAuthorizeRequest } from './validate-authorize-request.ts';

const CONSENT_TTL_MS = 10 * 60_000;

/** The browser side of OAuth: authorize, sign-in, consent and sign-out pages. */
export function createAuthorizeRoutes(context: EmulatorContext) {
  return {
    authorize: (request: RouteRequest) => authorize(context, request),
    signInPage: (request: RouteRequest) =>
      htmlResponse(200, renderSignInPage({ returnTo: safeReturnPath(request.query.get('return_to')) })),
    signIn: (request: RouteRequest) => signIn(context, request),
    consent: (request: RouteRequest) => consent(context, request),
    logout: (request: RouteRequest) => {
      const cookie = endSession(context, request);
      const returnTo = request.query.get('return_to');
      if (returnTo) return redirectResponse(safeReturnPath(returnTo), { 'set-cookie': cookie });
      return htmlResponse(200, renderSignedOutPage(), { 'set-cookie': cookie });
    },
  };
}

function authorize(context: EmulatorContext, request: RouteRequest): RouteResponse {
  const validated = validateAuthorizeRequest(context, request.query);
  if ('page' in validated) return validated.page;
  const authorizeRequest = validated.request;
  const { app } = authorizeRequest;
  const returnTo = `${request.path}?${request.query.toString()}`;
  const user = currentSessionUser(context, request);
  if (!user) return htmlResponse(200, renderSignInPage({ returnTo }));
  const logoutUrl = `/logout?return_to=${encodeURIComponent(returnTo)}`;
  if (app.type === 'admin' && user.role === 'member') {
    return htmlResponse(200, renderAdminRequiredPage({ app, user, logoutUrl }));
  }
  const account = context.state.accounts.get(user.accountId)!;
  if (
    app.type === 'user' &&
    account.requirePreApproval &&
    user.role === 'member' &&
    !account.preApprovedApps.has(app.clientId)
  ) {
    return htmlResponse(200, renderPreApprovalPage({ app, user, logoutUrl }));
  }
  const installation = findInstallation(context, app, user.accountId, user.id);
  const alreadyGranted =
    installation?.userId === user.id &&
    authorizeRequest.scopes.every((scope) => installation.scopes.includes(scope));
  if (alreadyGranted) return redirectWithCode(context, authorizeRequest, user);
  const consentId = createOpaqueToken();
  context.state.pendingConsents.set(consentId, {
    sessionId: readCookie(request, SESSION_COOKIE) ?? '',
    clientId: app.clientId,
    userId: user.id,
    redirectUri: authorizeRequest.redirectUri,
    state: authorizeRequest.state,
    scopes: authorizeRequest.scopes,
    codeChallenge: authorizeRequest.codeChallenge,
    codeChallengeMethod: authorizeRequest.codeChallengeMethod,
    expiresAt: context.clock.now() + CONSENT_TTL_MS,
  });
  const page = renderConsentPage({
    app,
    user,
    accountName: account.name,
    scopes: authorizeRequest.scopes,
    consentId,
    logoutUrl,
  });
  return htmlResponse(200, page);
}

async function signIn(context: EmulatorContext, request: RouteRequest): Promise<RouteResponse> {
  const form = await readForm(request);
  const returnTo = safeReturnPath(form.get('return_to'));
  const email = (form.get('email') ?? '').trim();
  const user = context.state.findUser(email);
  if (!user || !samePassword(user.password, form.get('password') ?? '')) {
    return htmlResponse(401, renderSignInPage({ returnTo, email, error: 'Incorrect email or password' }));
  }
  if (user.status !== 'active') {
    const error =
      user.status === 'pending'
        ? 'Please activate your account from the invitation email first'
        : 'Your account has been deactivated. Contact your account admin.';
    return htmlResponse(403, renderSignInPage({ returnTo, email, error }));
  }
  user.lastLoginAt = context.clock.now();
  return redirectResponse(returnTo, { 'set-cookie': startSession(context, user) });
}

async function consent(context: EmulatorContext, request: RouteRequest): Promise<RouteResponse> {
  const form = await readForm(request);
  const consentId = form.get('consent_id') ?? '';
  const pending = context.state.pendingConsents.get(consentId);
  const sessionId = readCookie(request, SESSION_COOKIE);
  const user = currentSessionUser(context, request);
  const app = pending ? context.state.apps.get(pending.clientId) : undefined;
  if (
    !pending ||
    !app ||
    !user ||
    pending.sessionId !== sessionId ||
    pending.userId !== user.id ||
    pending.expiresAt <= context.clock.now()
  ) {
    return htmlResponse(
      400,
      renderSignInPage({
        returnTo: '/',
        error: 'This authorization request has expired. Start again from the app.',
      }),
    );
  }
  context.state.pendingConsents.delete(consentId);
  const authorizeRequest: AuthorizeRequest = { ...pending, app };
  if (form.get('decision') !== 'allow') {
    return redirectResponse(
      withParams(pending.redirectUri, { error: 'access_denied', state: pending.state }),
    );
  }
  return redirectWithCode(context, authorizeRequest, user);
}

/** Adds the app for `user` and sends the browser back with a single-use code (and the state). */
function redirectWithCode(
  context: EmulatorContext,
  request: AuthorizeRequest,
  user: ZoomUser,
): RouteResponse {
  const installation = installApp(context, request.app, user, request.scopes);
  const code = createOpaqueToken(32);
  context.state.authorizationCodes.set(code, {
    clientId: request.app.clientId,
    userId: user.id,
    accountId: user.accountId,
    redirectUri: request.redirectUri,
    scopes: request.scopes,
    installationId: installation.id,
    codeChallenge: request.codeChallenge,
    codeChallengeMethod: request.codeChallengeMethod,
    expiresAt: context.clock.now() + context.settings.authorizationCodeTtlSeconds * 1000,
    used: false,
  });
  pruneCodes(context);
  return redirectResponse(withParams(request.redirectUri, { code, state: request.state }));
}

function withParams(base: string, params: Record<string, string | null>): string {
  const url = new URL(base);
  for (const [name, value] of Object.entries(params)) if (value !== null) url.searchParams.set(name, value);
  return url.toString();
}

function samePassword(expected: string, actual: string): boolean {
  const expectedBytes = Buffer.from(expected);
  const actualBytes = Buffer.from(actual);
  return expectedBytes.length === actualBytes.length && timingSafeEqual(expectedBytes, actualBytes);
}

/** Codes live 5 minutes; drop dead ones so that a long run keeps flat memory. */
function pruneCodes(context: EmulatorContext): void {
  const { authorizationCodes, pendingConsents } = context.state;
  if (authorizationCodes.size < 1_000 && pendingConsents.size < 1_000) return;
  const expiredBefore = context.clock.now() - 3_600_000;
  for (const [code, entry] of authorizationCodes)
    if (entry.expiresAt < expiredBefore) authorizationCodes.delete(code);
  for (const [id, entry] of pendingConsents) if (entry.expiresAt < expiredBefore) pendingConsents.delete(id);
}
