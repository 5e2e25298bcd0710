import type { ZoomAuthorization } from '@parley/api-contract';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';

/**
 * Starts an OAuth flow: asks Parley for Zoom's authorize URL, then leaves for Zoom. `redirecting` stays true
 * after success, because the page is about to be replaced.
 */
export function useZoomRedirect(requestAuthorization: () => Promise<ZoomAuthorization>) {
  const authorization = useMutation({
    mutationFn: requestAuthorization,
    onSuccess: ({ authorizeUrl }) => window.location.assign(authorizeUrl),
  });
  const { reset } = authorization;

  // Coming back from Zoom with the browser's Back button may restore this page as it was left.
  useEffect(() => {
    const resetWhenRestored = (event: PageTransitionEvent) => {
      if (event.persisted) reset();
    };
    window.addEventListener('pageshow', resetWhenRestored);
    return () => window.removeEventListener('pageshow', resetWhenRestored);
  }, [reset]);

  return {
    start: () => authorization.mutate(),
    redirecting: authorization.isPending || authorization.isSuccess,
    error: authorization.error,
  };
}
