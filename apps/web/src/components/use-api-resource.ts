import { type DependencyList, useCallback, useEffect, useState } from 'react';

export type ResourceState<Data> =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | { status: 'loaded'; data: Data };

/**
 * Loads data for a page and reloads it on demand; answers that arrive after the page moved on are dropped.
 * `load` is called again whenever `dependencies` change.
 */
export function useApiResource<Data>(load: () => Promise<Data>, dependencies: DependencyList) {
  const [state, setState] = useState<ResourceState<Data>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `load` is re-created on every render; the caller's dependencies say when it really changes
  useEffect(() => {
    let current = true;
    setState((previous) => (previous.status === 'loaded' ? previous : { status: 'loading' }));
    load().then(
      (data) => current && setState({ status: 'loaded', data }),
      (error: unknown) => current && setState({ status: 'failed', error }),
    );
    return () => {
      current = false;
    };
  }, [...dependencies, generation]);

  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  /** Applies a change the server confirmed without loading everything again. */
  const updateData = useCallback(
    (change: (data: Data) => Data) =>
      setState((previous) =>
        previous.status === 'loaded' ? { status: 'loaded', data: change(previous.data) } : previous,
      ),
    [],
  );
  return { state, reload, updateData };
}
