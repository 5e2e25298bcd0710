import { useCallback, useEffect, useState } from 'react';
import { api } from '../../../api/parley-client.ts';
import type { AuditEvent, AuditEventQuery } from '../../../api/zoom-types.ts';

export type AuditEventsState =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'loaded'; events: AuditEvent[]; nextBefore: string | null };

const pageSize = 50;

/**
 * The audit events matching `query`, newest first, 50 at a time; `loadMore` appends the next older page.
 * `query` is null while the filters are invalid. Answers for filters that changed meanwhile are dropped.
 */
export function useAuditEvents(query: AuditEventQuery | null) {
  const [state, setState] = useState<AuditEventsState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<unknown>(null);
  const queryKey = JSON.stringify(query);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `queryKey` stands for `query`
  useEffect(() => {
    if (query === null) return;
    let current = true;
    setState({ status: 'loading' });
    setMoreError(null);
    api.listAuditEvents({ ...query, limit: pageSize }).then(
      (page) => current && setState({ status: 'loaded', events: page.events, nextBefore: page.nextBefore }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [queryKey, generation]);

  const loadMore = useCallback(async () => {
    if (query === null || state.status !== 'loaded' || state.nextBefore === null) return 0;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await api.listAuditEvents({ ...query, before: state.nextBefore, limit: pageSize });
      setState({ status: 'loaded', events: [...state.events, ...page.events], nextBefore: page.nextBefore });
      return page.events.length;
    } catch (error) {
      setMoreError(error);
      return 0;
    } finally {
      setLoadingMore(false);
    }
  }, [query, state]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  return { state, loadMore, loadingMore, moreError, reload };
}
