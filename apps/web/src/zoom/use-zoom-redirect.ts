import { useEffect, useState } from 'react';
import type { ZoomAuthorization } from '../api/zoom-types.ts';

/**
 * Starts an OAuth flow: asks Parley for Zoom's authorize URL, then leaves for Zoom. `redirecting` stays true
 * after success, because the page is about to be replaced.
 */
export function useZoomRedirect(requestAuthorization: () => Promise<ZoomAuthorization>) {
  const [redirecting, setRedirecting] = useState(false);
  const [error, setError] = useState<unknown>(null);

  // Coming back from Zoom with the browser's Back button may restore this page as it was left.
  useEffect(() => {
    const resetWhenRestored = (event: PageTransitionEvent) => {
      if (event.persisted) setRedirecting(false);
    };
    window.addEventListener('pageshow', resetWhenRestored);
    return () => window.removeEventListener('pageshow', resetWhenRestored);
  }, []);

  async function start() {
    setRedirecting(true);
    setError(null);
    try {
      const { authorizeUrl } = await requestAuthorization();
      window.location.assign(authorizeUrl);
    } catch (failure) {
      setError(failure);
      setRedirecting(false);
    }
  }

  return { start, redirecting, error };
}
