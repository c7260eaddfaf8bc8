import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';
import { ApiError } from '../../api/client';
import { type Abilities, abilitiesOf } from './abilities';
import { accountsApi, type Me, type SignInAnswer } from './api';

export interface Session {
  /** `undefined` while the first answer of `/auth/me` is awaited; `null` for the public. */
  me: Me | null | undefined;
  abilities: Abilities;
  /** Asks the server again (after sign-in, a password change, an edit of one's own account). */
  refresh(): Promise<Me | null>;
  signIn(email: string, password: string): Promise<SignInAnswer>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

/** Paths a user who must replace a generated password may still open. */
const PASSWORD_CHANGE_PATHS = ['/account/password', '/sign-in', '/reset-password', '/forgot-password'];

async function fetchMe(): Promise<Me | null> {
  try {
    return (await accountsApi.session()).me;
  } catch (err) {
    // Network or server trouble: browse as the public; pages show their own errors.
    if (err instanceof ApiError) return null;
    throw err;
  }
}

/** Who is signed in, for the shell and every page; inside the router (it redirects a forced password change). */
export function SessionProvider({ children }: { children: ReactNode }) {
  const [me, setMe] = useState<Me | null | undefined>(undefined);
  const navigate = useNavigate();
  const location = useLocation();

  const refresh = useCallback(async () => {
    const next = await fetchMe();
    setMe(next);
    return next;
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // A first sign-in with a generated or administrator-set password: nothing else until it is replaced
  // (the API refuses everything else with PASSWORD_CHANGE_REQUIRED anyway).
  useEffect(() => {
    if (me?.user.mustChangePassword && !PASSWORD_CHANGE_PATHS.includes(location.pathname))
      navigate('/account/password', { replace: true });
  }, [me, location.pathname, navigate]);

  const value = useMemo<Session>(
    () => ({
      me,
      abilities: abilitiesOf(me?.user),
      refresh,
      async signIn(email, password) {
        const answer = await accountsApi.signIn(email, password);
        await refresh();
        return answer;
      },
      async signOut() {
        // Public first: what only a signed-in user shows (the notification bell and its request) goes away
        // and aborts before the session ends, so no request of it meets the server after sign-out (a 401).
        setMe(null);
        try {
          await accountsApi.signOut();
        } catch (err) {
          await refresh();
          throw err;
        }
      },
    }),
    [me, refresh],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const ctx = useContext(SessionContext);
  if (!ctx) throw new Error('useSession outside <SessionProvider>');
  return ctx;
}
