import { currentLanguage } from '../i18n/i18n.ts';
import { createParleyApi } from './parley-api.ts';

const sessionEndedListeners = new Set<() => void>();

/** The app's one API client: same origin, current UI language, session-expiry notifications. */
export const api = createParleyApi({
  getLanguage: currentLanguage,
  onUnauthenticated: () => {
    for (const listener of sessionEndedListeners) listener();
  },
});

/** Subscribes to "the server no longer knows this session"; returns the unsubscribe function. */
export function onSessionEnded(listener: () => void): () => void {
  sessionEndedListeners.add(listener);
  return () => sessionEndedListeners.delete(listener);
}
