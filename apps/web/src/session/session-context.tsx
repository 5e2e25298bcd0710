import { useQueryClient } from '@tanstack/react-query';
import {
  createContext,
  type ReactNode,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { ApiError } from '../api/api-error.ts';
import { api, onSessionEnded } from '../api/parley-client.ts';
import type { Me } from '../api/types.ts';
import { applyLanguage } from '../i18n/i18n.ts';

export type SessionState =
  | { status: 'checking' }
  /** `ended`: the server forgot the session; `loggedOut`: the person logged out here. */
  | { status: 'signedOut'; reason: 'none' | 'ended' | 'loggedOut' }
  | { status: 'unreachable'; error: unknown }
  | { status: 'signedIn'; me: Me };

interface SessionContextValue {
  session: SessionState;
  /** Stores a fresh `Me` (after login, invitation acceptance or a profile change). */
  setMe: (me: Me) => void;
  logout: () => Promise<void>;
  recheck: () => void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

async function loadSession(): Promise<SessionState> {
  try {
    return { status: 'signedIn', me: await api.getMe() };
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) return { status: 'signedOut', reason: 'none' };
    return { status: 'unreachable', error };
  }
}

/**
 * Knows who is signed in: asks `GET /api/me` once at start, then follows login, logout and expiry. The
 * query cache holds what one person may see, so it is emptied when that person leaves or another arrives.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [session, setSession] = useState<SessionState>({ status: 'checking' });
  const [checkCount, setCheckCount] = useState(0);
  const signedInUserId = useRef<string | undefined>(undefined);
  signedInUserId.current = session.status === 'signedIn' ? session.me.user.id : undefined;

  useEffect(() => {
    let cancelled = false;
    if (checkCount > 0) setSession({ status: 'checking' });
    void loadSession().then((loaded) => {
      if (!cancelled) setSession(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [checkCount]);

  useEffect(
    () =>
      onSessionEnded(() => {
        queryClient.clear();
        setSession((current) =>
          current.status === 'signedIn' ? { status: 'signedOut', reason: 'ended' } : current,
        );
      }),
    [queryClient],
  );

  const signedInLanguage = session.status === 'signedIn' ? session.me.user.language : undefined;
  useEffect(() => {
    if (signedInLanguage) void applyLanguage(signedInLanguage);
  }, [signedInLanguage]);

  const setMe = useCallback(
    (me: Me) => {
      if (signedInUserId.current !== undefined && signedInUserId.current !== me.user.id) queryClient.clear();
      setSession({ status: 'signedIn', me });
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
    queryClient.clear();
    setSession({ status: 'signedOut', reason: 'loggedOut' });
  }, [queryClient]);
  const recheck = useCallback(() => setCheckCount((count) => count + 1), []);

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
