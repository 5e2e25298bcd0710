import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteResponse } from '../http/route-types.ts';
import { createOpaqueToken } from '../state/ids.ts';
import { restErrors } from './rest-errors.ts';

/** Zoom: "This token's expiration period is 15 minutes." */
export const PAGE_TOKEN_TTL_MS = 15 * 60_000;
const MAX_CURSORS = 10_000;

/** One page of a list, with Zoom's pagination fields. */
export interface Page<T> {
  items: T[];
  fields: {
    next_page_token: string;
    page_count: number;
    page_number: number;
    page_size: number;
    total_records: number;
  };
}

/**
 * Cuts `items` into Zoom pages: `page_size` defaults to 30 and is capped at `maxPageSize`;
 * `next_page_token` resumes the same query (same filters) for 15 minutes; an empty token means last page.
 */
export function paginate<T>(
  context: EmulatorContext,
  items: T[],
  query: URLSearchParams,
  queryKey: string,
  maxPageSize = 300,
): { page: Page<T> } | { response: RouteResponse } {
  const pageSize = readPageSize(query.get('page_size'), maxPageSize);
  if (pageSize === undefined)
    return { response: restErrors.validationFailed([{ field: 'page_size', message: 'Invalid field.' }]) };
  const now = context.clock.now();
  let offset = 0;
  const token = query.get('next_page_token');
  if (token) {
    const cursor = context.state.pageCursors.get(token);
    if (!cursor || cursor.expiresAt <= now || cursor.queryKey !== queryKey)
      return { response: restErrors.invalidPageToken() };
    offset = cursor.offset;
  }
  const pageItems = items.slice(offset, offset + pageSize);
  const nextOffset = offset + pageSize;
  let nextPageToken = '';
  if (nextOffset < items.length) {
    nextPageToken = createOpaqueToken(24);
    storeCursor(context, nextPageToken, { queryKey, offset: nextOffset, expiresAt: now + PAGE_TOKEN_TTL_MS });
  }
  return {
    page: {
      items: pageItems,
      fields: {
        next_page_token: nextPageToken,
        page_count: Math.ceil(items.length / pageSize),
        page_number: Math.floor(offset / pageSize) + 1,
        page_size: pageSize,
        total_records: items.length,
      },
    },
  };
}

function readPageSize(text: string | null, maxPageSize: number): number | undefined {
  if (text === null || text === '') return 30;
  if (!/^-?\d+$/.test(text)) return undefined;
  const value = Number(text);
  if (value < 1) return 30;
  return Math.min(value, maxPageSize);
}

function storeCursor(
  context: EmulatorContext,
  token: string,
  cursor: { queryKey: string; offset: number; expiresAt: number },
) {
  const cursors = context.state.pageCursors;
  if (cursors.size >= MAX_CURSORS) {
    const now = context.clock.now();
    for (const [key, value] of cursors) if (value.expiresAt <= now) cursors.delete(key);
    while (cursors.size >= MAX_CURSORS) cursors.delete(cursors.keys().next().value!);
  }
  cursors.set(token, cursor);
}
