import {
  buildZoomAuthorizeUrl,
  exchangeZoomCode,
  getZoomUser,
  requestZoomAccountToken,
  type ZoomAppCredentials,
  type ZoomTokenSet,
} from '@parley/zoom-client';
import { type AuthorizationOutcome, completeAuthorization, type ZoomEmulator } from '@parley/zoom-emulator';
import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { beforeEach } from 'vitest';
import { zoomAdminLinks, zoomConnections, zoomHostCandidates } from '../../db/zoom-schema.ts';
import type { SecretBox } from '../../secrets/secret-box.ts';
import {
  createTestApp,
  type TestApp,
  type TestAppOptions,
  type TestRequest,
  type TestSession,
} from '../../test/create-test-app.ts';
import { useWorld } from '../../test/use-world.ts';
import { emulatorApps } from '../shared/zoom-settings.ts';

/** Emulator redirect URLs must be on localhost or 127.0.0.1, so Zoom tests use this public URL. */
export const zoomTestPublicUrl = 'http://localhost:3000';

/** Acme's account id in the emulator's default seed. */
export const acmeAccountId = 'dcy_kSqMSxS5qozGYGI9gu';

/** A test app with its embedded Zoom emulator. */
export interface ZoomTestApp extends TestApp {
  emulator: ZoomEmulator;
}

/** {@link createTestApp} with PUBLIC_URL on localhost and a handle on the embedded emulator. */
export async function createZoomTestApp(options: TestAppOptions = {}): Promise<ZoomTestApp> {
  const parley = await createTestApp({
    ...options,
    env: { PUBLIC_URL: zoomTestPublicUrl, ...options.env },
  });
  const emulator = parley.services.zoom.embeddedEmulator;
  if (!emulator) throw new Error('expected the embedded Zoom emulator');
  return Object.assign(parley, { emulator });
}

/** The members of a connection test world's organization. */
type ConnectionTestMembers = NonNullable<Parameters<TestApp['createOrganization']>[1]>;

/** One organization on a fresh Parley with a member of each role signed in. */
export interface ConnectionTestWorld {
  parley: ZoomTestApp;
  organizationId: string;
  /** The first admin, signed in; likewise `recruiter` and `interviewer`, where the organization has one. */
  admin: TestSession;
  recruiter: TestSession;
  interviewer: TestSession;
  /** A request as the admin, who works the connection pages. */
  asAdmin: (
    method: TestRequest['method'],
    url: string,
    payload?: TestRequest['payload'],
  ) => Promise<LightMyRequestResponse>;
  /** Connects the organization to Zoom through the admin's browser, authorized at Zoom as `zoomEmail`. */
  connectAsAdmin: (zoomEmail: string) => Promise<LightMyRequestResponse>;
  close: () => Promise<void>;
}

/** What a connection test world starts with, and whether each test starts disconnected. */
export interface ConnectionTestWorldOptions extends TestAppOptions {
  /** Puts the organization back before each test ({@link disconnectForNextScenario}). */
  resetEach?: boolean;
}

/**
 * One organization on a fresh Parley and its signed-in members (the first of each role): where a file of
 * connection scenarios starts. A role the organization lacks throws when read, naming it.
 */
export async function createConnectionTestWorld(
  name: string,
  members: ConnectionTestMembers = [{ role: 'admin' }, { role: 'recruiter' }, { role: 'interviewer' }],
  options: TestAppOptions = {},
): Promise<ConnectionTestWorld> {
  const parley = await createZoomTestApp(options);
  const { organizationId } = await parley.createOrganization(name, members);
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const sessions = new Map<string, TestSession>();
  for (const member of members) {
    if (sessions.has(member.role)) continue;
    sessions.set(member.role, await parley.login(member.email ?? `${member.role}@${slug}.test`));
  }
  const session = (role: string) => {
    const signedIn = sessions.get(role);
    if (!signedIn) throw new Error(`${name} has no ${role}`);
    return signedIn;
  };
  return {
    parley,
    organizationId,
    get admin() {
      return session('admin');
    },
    get recruiter() {
      return session('recruiter');
    },
    get interviewer() {
      return session('interviewer');
    },
    asAdmin: (method, url, payload) => parley.request({ method, url, as: session('admin'), payload }),
    connectAsAdmin: (zoomEmail) =>
      runOAuthFlow(parley, { start: '/api/zoom/organization/authorize', as: session('admin'), zoomEmail }),
    close: () => parley.close(),
  };
}

/**
 * The connection test world of a test file: started in its beforeAll, closed in its afterAll and, with
 * `resetEach`, disconnected before each test.
 */
export function useConnectionTestWorld(
  name: string,
  members?: ConnectionTestMembers,
  { resetEach = false, ...options }: ConnectionTestWorldOptions = {},
): ConnectionTestWorld {
  const world = useWorld(() => createConnectionTestWorld(name, members, options));
  if (resetEach) beforeEach(() => disconnectForNextScenario(world.parley, world.organizationId));
  return world;
}

/** A Zoom test app started in the test file's beforeAll and closed in its afterAll. */
export function useZoomTestApp(options: TestAppOptions = {}): ZoomTestApp {
  return useWorld(() => createZoomTestApp(options));
}

/**
 * Puts the organization back where each connection scenario starts: a fresh emulator, and no connection,
 * pending admin link or host candidate.
 */
export async function disconnectForNextScenario(parley: ZoomTestApp, organizationId: string): Promise<void> {
  parley.emulator.control.reset();
  const { db } = parley.database;
  await db.delete(zoomConnections).where(eq(zoomConnections.organizationId, organizationId));
  await db.delete(zoomAdminLinks).where(eq(zoomAdminLinks.organizationId, organizationId));
  await db.delete(zoomHostCandidates).where(eq(zoomHostCandidates.organizationId, organizationId));
}

/** Authorizes one of Parley's apps at the emulator as `email` (signing in and consenting over HTTP). */
async function authorizeAtEmulator(
  emulator: ZoomEmulator,
  app: ZoomAppCredentials,
  email: string,
): Promise<ZoomTokenSet> {
  const endpoints = { oauthUrl: emulator.url, apiUrl: emulator.url };
  const redirectUri = `${zoomTestPublicUrl}/oauth/zoom/callback`;
  const request = await buildZoomAuthorizeUrl({ endpoints, clientId: app.clientId, redirectUri });
  const outcome = await completeAuthorization({ authorizeUrl: request.url.href, email });
  if (outcome.kind !== 'redirect' || !outcome.code) throw new Error(`authorization stopped: ${outcome.kind}`);
  return exchangeZoomCode({
    endpoints,
    credentials: app,
    code: outcome.code,
    redirectUri,
    codeVerifier: request.codeVerifier,
  });
}

/** What {@link insertZoomConnection} stores. */
export interface InsertedConnection {
  connectionId: string;
  tokens: ZoomTokenSet;
}

/**
 * Stores a working connection the way the connect flows do (tokens sealed), for tests of token access
 * that should not depend on the HTTP flows. OAuth connections are authorized at the emulator as
 * `zoomEmail`; Server-to-Server ones use the seeded `parley-s2s` app on acme.
 */
export async function insertZoomConnection(
  parley: ZoomTestApp,
  options: {
    organizationId: string;
    kind: 'organization' | 'personal';
    userId?: string;
    zoomEmail?: string;
    authType?: 'oauth' | 'server_to_server';
    /** Seal with this box instead of the app's (key-rotation tests). */
    secretBox?: SecretBox;
  },
): Promise<InsertedConnection> {
  const { emulator } = parley;
  const box = options.secretBox ?? parley.services.secretBox;
  const endpoints = { oauthUrl: emulator.url, apiUrl: emulator.url };
  const serverToServer = options.authType === 'server_to_server';
  const s2s = emulatorApps.serverToServerApp;
  const tokens = serverToServer
    ? await requestZoomAccountToken({ endpoints, credentials: s2s, accountId: acmeAccountId })
    : await authorizeAtEmulator(
        emulator,
        options.kind === 'organization' ? emulatorApps.organizationApp : emulatorApps.personalApp,
        options.zoomEmail ?? 'admin@acme.test',
      );
  const me = await getZoomUser({ endpoints, accessToken: tokens.accessToken });
  const [row] = await parley.database.db
    .insert(zoomConnections)
    .values({
      organizationId: options.organizationId,
      kind: options.kind,
      userId: options.kind === 'personal' ? options.userId : null,
      authType: serverToServer ? 'server_to_server' : 'oauth',
      status: 'connected',
      zoomAccountId: me.account_id ?? '',
      zoomUserId: me.id ?? '',
      zoomUserEmail: me.email,
      zoomUserName: `${me.first_name ?? ''} ${me.last_name ?? ''}`.trim(),
      zoomUserRole: (me.role_name?.toLowerCase() ?? 'member') as 'owner' | 'admin' | 'member',
      scopes: tokens.scopes,
      sealedAccessToken: box.seal(tokens.accessToken),
      sealedRefreshToken: tokens.refreshToken ? box.seal(tokens.refreshToken) : null,
      accessTokenExpiresAt: tokens.expiresAt,
      ...(serverToServer
        ? {
            s2sAccountId: acmeAccountId,
            s2sClientId: s2s.clientId,
            sealedS2sClientSecret: box.seal(s2s.clientSecret),
          }
        : {}),
    })
    .returning({ id: zoomConnections.id });
  return { connectionId: row!.id, tokens };
}

/**
 * An organization on this Parley (the members {@link TestApp.createOrganization} makes unless said),
 * connected to Zoom's account of `zoomEmail` the way the connect flows store it.
 */
export async function insertConnectedOrganization(
  parley: ZoomTestApp,
  name: string,
  zoomEmail: string,
  members?: ConnectionTestMembers,
): Promise<{ organizationId: string; userIds: Record<string, string>; connectionId: string }> {
  const { organizationId, userIds } = await parley.createOrganization(name, members);
  const { connectionId } = await insertZoomConnection(parley, {
    organizationId,
    kind: 'organization',
    zoomEmail,
  });
  return { organizationId, userIds, connectionId };
}

/** The stored connection row. */
export async function readConnection(parley: TestApp, connectionId: string) {
  const [row] = await parley.database.db
    .select()
    .from(zoomConnections)
    .where(eq(zoomConnections.id, connectionId));
  return row;
}

/** Where a 303 from the OAuth callback sends the browser, parsed. */
export function resultOf(response: LightMyRequestResponse): {
  flow: string | null;
  outcome: string | null;
  query: URLSearchParams;
} {
  const location = String(response.headers.location ?? '');
  const url = new URL(location, zoomTestPublicUrl);
  return {
    flow: url.searchParams.get('flow'),
    outcome: url.searchParams.get('outcome'),
    query: url.searchParams,
  };
}

/** An authorization flow to run: where it starts at Parley, whose browser, and who answers at Zoom. */
export interface OAuthFlowSpec {
  start: string;
  as?: TestSession;
  zoomEmail: string;
  decision?: 'allow' | 'decline';
}

/**
 * The browser's way to Zoom and through it: asks Parley for the authorize URL (`POST start`) and walks
 * Zoom's pages as `zoomEmail`, but leaves the redirect back to Parley to the caller (a test that changes
 * something in between follows it itself).
 */
export async function authorizeAtZoom(
  parley: ZoomTestApp,
  flow: OAuthFlowSpec,
): Promise<Extract<AuthorizationOutcome, { kind: 'redirect' }>> {
  const started = await parley.request({ method: 'POST', url: flow.start, as: flow.as });
  if (started.statusCode !== 200) throw new Error(`start failed: ${started.statusCode} ${started.body}`);
  const { authorizeUrl } = started.json() as { authorizeUrl: string };
  const outcome = await completeAuthorization({
    authorizeUrl,
    email: flow.zoomEmail,
    decision: flow.decision,
  });
  if (outcome.kind !== 'redirect') throw new Error(`Zoom stopped the flow with a page (${outcome.status})`);
  return outcome;
}

/** Runs an authorization flow the way a browser would: {@link authorizeAtZoom}, then Zoom's redirect. */
export async function runOAuthFlow(
  parley: ZoomTestApp,
  flow: OAuthFlowSpec,
): Promise<LightMyRequestResponse> {
  const atZoom = await authorizeAtZoom(parley, flow);
  return followZoomRedirect(parley, atZoom.location, flow.as);
}

/**
 * Sends the browser's request to the callback Zoom redirected to, with the session cookie of `as` (the
 * browser that started an organization or personal flow must be the one that completes it).
 */
export function followZoomRedirect(
  parley: TestApp,
  location: string,
  as?: TestSession,
): Promise<LightMyRequestResponse> {
  const url = new URL(location);
  return parley.request({ method: 'GET', url: `${url.pathname}${url.search}`, as });
}
