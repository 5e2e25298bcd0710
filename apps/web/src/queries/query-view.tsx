import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorAlert } from '../components/alerts.tsx';
import { Loading } from '../components/loading.tsx';

interface QueryViewProps<Data> {
  query: UseQueryResult<Data>;
  children: (data: Data) => ReactNode;
  /** Shown until the first answer; the shared spinner unless the page says what it is waiting for. */
  loading?: ReactNode;
  /**
   * A failure this page explains in its own words (e.g. "connect Zoom first"); `undefined` leaves it to
   * the shared error alert with its retry button.
   */
  explainError?: (error: unknown) => ReactNode | undefined;
}

/**
 * Loading and failure look the same on every page: a spinner until the data arrives, and the server's
 * message with a retry button when it does not. A retry shows the spinner again until its answer.
 */
export function QueryView<Data>({
  query,
  children,
  loading = <Loading />,
  explainError,
}: QueryViewProps<Data>) {
  if (query.isError) {
    if (query.isFetching) return loading;
    return (
      explainError?.(query.error) ?? <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  if (query.isPending) return loading;
  return children(query.data);
}
