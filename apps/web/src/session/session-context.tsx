import type { Me } from '@parley/api-contract';
import { type QueryClient, queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo } from 'react';
import { ApiError } from '../api/api-error.ts';
import { api, onSessionEnded } from '../api/parley-client.ts';
import { applyLanguage } from '../i18n/i18n.ts';

export type SessionState =
  | { status: 'checking' }
  /** `ended`: the server forgot the session; `loggedOut`: the person logged out here. */
  | { status: 'signedOut'; reason: 'none' | 'ended' | 'loggedOut' }
  | { status: 'unreachable'; error: unknown }
  | { status: 'signedIn'; me: Me };

/** What the cache holds about the session once the server has answered. */
type KnownSession = Extract<SessionState, { status: 'signedIn' | 'signedOut' }>;

interface SessionContextValue {
  session: SessionState;
  /** Stores a fresh `Me` (after login, invitation acceptance or a profile change). */
  setMe: (me: Me) => void;
  logout: () => Promise<void>;
  recheck: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

/**
 * The server sets the script-readable `parley_has_session` cookie beside its HttpOnly session cookie (and
 * clears both together): without it nobody is signed in, and asking `GET /api/me` would only log a 401.
 */
function mayBeSignedIn(): boolean {
  return document.cookie.split(';').some((cookie) => cookie.trim().startsWith('parley_has_session='));
}

/**
 * `GET /api/me`, asked once at start (when a session may exist); afterwards login, logout and expiry write the answer themselves.
 * Not being signed in is an answer, not a failure.
 */
const sessionQuery = queryOptions({
  queryKey: ['session'] as const,
  queryFn: async (): Promise<KnownSession> => {
    if (!mayBeSignedIn()) return { status: 'signedOut', reason: 'none' };
    try {
      return { status: 'signedIn', me: await api.getMe() };
    } catch (error) {
      if (error instanceof ApiError && error.status === 401) return { status: 'signedOut', reason: 'none' };
      throw error;
    }
  },
  staleTime: Number.POSITIVE_INFINITY,
});

function storeSession(queryClient: QueryClient, session: KnownSession) {
  queryClient.setQueryData(sessionQuery.queryKey, session);
}

/** Forgets what the previous person loaded or was changing; only the session itself stays. */
function forgetPersonalData(queryClient: QueryClient) {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQuery.queryKey[0] });
  queryClient.getMutationCache().clear();
}

/** The session as pages see it; a retry after a failure shows "checking" again. */
function sessionState(query: ReturnType<typeof useQuery<KnownSession>>): SessionState {
  if (query.isError) {
    return query.isFetching ? { status: 'checking' } : { status: 'unreachable', error: query.error };
  }
  return query.isPending ? { status: 'checking' } : query.data;
}

/**
 * Knows who is signed in and keeps it in the query cache. Everything else in the cache belongs to one
 * person, so it is forgotten when that person leaves or another one arrives.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const query = useQuery(sessionQuery);
  const session = sessionState(query);

  useEffect(
    () =>
      onSessionEnded(() => {
        forgetPersonalData(queryClient);
        if (queryClient.getQueryData(sessionQuery.queryKey)?.status === 'signedIn') {
          storeSession(queryClient, { status: 'signedOut', reason: 'ended' });
        }
      }),
    [queryClient],
  );

  const signedInLanguage = session.status === 'signedIn' ? session.me.user.language : undefined;
  useEffect(() => {
    if (signedInLanguage) void applyLanguage(signedInLanguage);
  }, [signedInLanguage]);

  const setMe = useCallback(
    (me: Me) => {
      const current = queryClient.getQueryData(sessionQuery.queryKey);
      if (current?.status === 'signedIn' && current.me.user.id !== me.user.id)
        forgetPersonalData(queryClient);
      storeSession(queryClient, { status: 'signedIn', me });
    },
    [queryClient],
  );
  const logout = useCallback(async () => {
    try {
      await api.logout();
    } catch (error) {
      // A session that already ended is as logged out as it gets.
      if (!(error instanceof ApiError && error.status === 401)) throw error;
    }
    forgetPersonalData(queryClient);
    storeSession(queryClient, { status: 'signedOut', reason: 'loggedOut' });
  }, [queryClient]);
  const { refetch } = query;
  const recheck = useCallback(() => void refetch(), [refetch]);

  const value = useMemo(() => ({ session, setMe, logout, recheck }), [session, setMe, logout, recheck]);
  return <SessionContext value={value}>{children}</SessionContext>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() needs a <SessionProvider> above it');
  return value;
}

/** The signed-in user; only for pages rendered inside the signed-in area. */
export function useMe(): Me {
  const { session } = useSession();
  if (session.status !== 'signedIn') throw new Error('useMe() is only available while signed in');
  return session.me;
}
