import type { ReactNode } from 'react';
import { ErrorAlert } from '../components/alerts.tsx';
import { Loading } from '../components/loading.tsx';

/** What a page read with `useInfiniteQuery` tells about itself (the fields this view looks at). */
interface PagedQuery {
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  isFetchNextPageError: boolean;
  isFetchingNextPage: boolean;
  hasNextPage: boolean;
  error: unknown;
  refetch: () => Promise<unknown>;
  fetchNextPage: () => Promise<unknown>;
}

interface PagedQueryViewProps<Item> {
  query: PagedQuery;
  /** Every item of the pages loaded so far. */
  items: Item[];
  /** Shown when the first page has no items. */
  empty: ReactNode;
  children: (items: Item[]) => ReactNode;
  loadMore: string;
  loadingMore: string;
  /** Loads the next page; by default just that (a page may also announce what arrived). */
  onLoadMore?: () => void;
  /** Between the items and a failed next page. */
  afterItems?: ReactNode;
  /** In place of "load more" once every page is there. */
  end?: ReactNode;
  /** A small "load more" at the start of the row, for a narrow list (a board column). */
  compact?: boolean;
}

/**
 * A list read a page at a time looks the same everywhere: the spinner until the first page (and while
 * it is retried), its failure with the retry button, the page's empty state, or the items with "load
 * more" below. A failed "load more" keeps the items shown and says so beneath them; only a failed first
 * page replaces them.
 */
export function PagedQueryView<Item>({
  query,
  items,
  empty,
  children,
  loadMore,
  loadingMore,
  onLoadMore = () => void query.fetchNextPage(),
  afterItems,
  end,
  compact = false,
}: PagedQueryViewProps<Item>) {
  const failedFirstPage = query.isError && !query.isFetchNextPageError;
  if (query.isPending || (failedFirstPage && query.isFetching)) return <Loading />;
  if (failedFirstPage) return <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (items.length === 0) return empty;
  return (
    <>
      {children(items)}
      {afterItems}
      {query.isFetchNextPageError && <ErrorAlert error={query.error} />}
      {query.hasNextPage ? (
        <div className={compact ? 'form-actions load-more load-more-compact' : 'form-actions load-more'}>
          <button
            type="button"
            className={compact ? 'button button-secondary button-small' : 'button button-secondary'}
            onClick={onLoadMore}
            disabled={query.isFetchingNextPage}
          >
            {query.isFetchingNextPage ? loadingMore : loadMore}
          </button>
        </div>
      ) : (
        end
      )}
    </>
  );
}
