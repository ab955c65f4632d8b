// App-wide state: who is signed in, which programme is open, and the "as at"
// moment that turns every page into the programme as it stood then.
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { currentSession, isRestoringSession, sessionRestored, setSession, subscribeSession, type Session } from './api/client';

interface AppState {
  session: Session | null;
  /** A new tab or a reload taking up the browser's session (the refresh cookie): not yet known whether signed in. */
  restoring: boolean;
  programmeId: string;
  setProgrammeId(id: string): void;
  /** ISO instant, or null for "now" */
  asAt: string | null;
  setAsAt(iso: string | null): void;
}

const Context = createContext<AppState | null>(null);

const PROGRAMME_KEY = 'programme-ledger.programme';
const AS_AT_KEY = 'programme-ledger.as-at';

export function AppStateProvider({ children }: { children: ReactNode }) {
  const [session, setSessionState] = useState<Session | null>(currentSession());
  const [restoring, setRestoring] = useState(isRestoringSession);
  const [programmeId, setProgrammeIdState] = useState(() => sessionStorage.getItem(PROGRAMME_KEY) ?? '');
  const [asAt, setAsAtState] = useState<string | null>(() => sessionStorage.getItem(AS_AT_KEY));

  useEffect(() => {
    subscribeSession(setSessionState);
    // The restore may have finished between the first render and now: read it again.
    setSessionState(currentSession());
    void sessionRestored().then(() => setRestoring(false));
  }, []);

  const value = useMemo<AppState>(
    () => ({
      session,
      restoring,
      programmeId,
      setProgrammeId(id) {
        sessionStorage.setItem(PROGRAMME_KEY, id);
        setProgrammeIdState(id);
      },
      asAt,
      setAsAt(iso) {
        if (iso) sessionStorage.setItem(AS_AT_KEY, iso);
        else sessionStorage.removeItem(AS_AT_KEY);
        setAsAtState(iso);
      },
    }),
    [session, restoring, programmeId, asAt],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useAppState(): AppState {
  const state = useContext(Context);
  if (!state) throw new Error('useAppState outside AppStateProvider');
  return state;
}

export function useUser() {
  const { session } = useAppState();
  if (!session) throw new Error('Not signed in');
  return session.user;
}

export function signOutLocally() {
  setSession(null);
}
