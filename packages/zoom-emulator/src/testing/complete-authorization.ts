import { SEEDED_PASSWORD } from '../state/default-seed.ts';

/** Options of {@link completeAuthorization}. */
export interface CompleteAuthorizationOptions {
  /** The full `/oauth/authorize?…` URL built by the client under test. */
  authorizeUrl: string;
  email: string;
  /** Default: the seeded password `zoom`. */
  password?: string;
  decision?: 'allow' | 'decline';
  fetch?: typeof fetch;
}

/** Where the authorization ended. */
export type AuthorizationOutcome =
  | { kind: 'redirect'; location: string; code: string | null; state: string | null; error: string | null }
  | { kind: 'page'; status: number; html: string };

/**
 * Walks the emulator's sign-in and consent pages over HTTP, as a person would in a browser, for tests
 * that exercise an OAuth client without a browser. Ends at the redirect back to the app, or at the page
 * that stopped the flow (error, admin required, pre-approval required).
 */
export async function completeAuthorization(
  options: CompleteAuthorizationOptions,
): Promise<AuthorizationOutcome> {
  const fetcher = options.fetch ?? fetch;
  const origin = new URL(options.authorizeUrl).origin;
  const signInPage = await fetcher(options.authorizeUrl, { redirect: 'manual' });
  const signInHtml = await signInPage.text();
  if (!signInHtml.includes('action="/signin"'))
    return { kind: 'page', status: signInPage.status, html: signInHtml };
  const signIn = await fetcher(`${origin}/signin`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      email: options.email,
      password: options.password ?? SEEDED_PASSWORD,
      return_to: hiddenField(signInHtml, 'return_to') ?? '/',
    }),
  });
  const cookie = signIn.headers.get('set-cookie')?.split(';')[0];
  const afterSignIn = signIn.headers.get('location');
  if (signIn.status !== 302 || !cookie || !afterSignIn)
    return { kind: 'page', status: signIn.status, html: await signIn.text() };
  const consentPage = await fetcher(new URL(afterSignIn, origin), {
    redirect: 'manual',
    headers: { cookie },
  });
  if (consentPage.status === 302) return redirectOutcome(consentPage);
  const consentHtml = await consentPage.text();
  const consentId = hiddenField(consentHtml, 'consent_id');
  if (!consentId) return { kind: 'page', status: consentPage.status, html: consentHtml };
  const decided = await fetcher(`${origin}/oauth/consent`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie },
    body: new URLSearchParams({ consent_id: consentId, decision: options.decision ?? 'allow' }),
  });
  if (decided.status !== 302) return { kind: 'page', status: decided.status, html: await decided.text() };
  return redirectOutcome(decided);
}

function redirectOutcome(response: Response): AuthorizationOutcome {
  const location = response.headers.get('location') ?? '';
  const url = new URL(location);
  return {
    kind: 'redirect',
    location,
    code: url.searchParams.get('code'),
    state: url.searchParams.get('state'),
    error: url.searchParams.get('error'),
  };
}

function hiddenField(html: string, name: string): string | undefined {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  return match?.[1]?.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)));
}
