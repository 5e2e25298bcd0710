import { DEMO_PASSWORD } from './start-parley.ts';

/** A signed-in API client for setting up what a browser test starts from (the UI is tested elsewhere). */
export interface ApiSession {
  request: <Result = unknown>(method: string, path: string, body?: unknown) => Promise<Result>;
}

/**
 * Signs in a demo user over HTTP and sends later requests with the session cookie and the CSRF token, as
 * the web app does. A non-2xx answer throws with the server's error body.
 */
export async function signInApi(baseUrl: string, email: string): Promise<ApiSession> {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`Login as ${email} failed: ${login.status} ${await login.text()}`);
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return {
    async request<Result>(method: string, path: string, body?: unknown): Promise<Result> {
      const response = await fetch(`${baseUrl}${path}`, {
        method,
        headers: {
          cookie,
          'x-csrf-token': csrfToken,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${text}`);
      return (text ? JSON.parse(text) : undefined) as Result;
    },
  };
}
