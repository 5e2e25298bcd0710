import { requestZoomApi, type ZoomRestOptions } from './request-zoom-api.ts';
import {
  type ZoomUser,
  type ZoomUserPage,
  type ZoomUserSettings,
  zoomUserPageSchema,
  zoomUserSchema,
  zoomUserSettingsSchema,
} from './zoom-schemas.ts';

/** `GET /users/{userId}`; `userId` is an id, an email, or `me` (user-managed apps must use `me`). */
export function getZoomUser(options: ZoomRestOptions, userId = 'me'): Promise<ZoomUser> {
  return requestZoomApi(
    options,
    { method: 'GET', path: `/users/${encodeURIComponent(userId)}` },
    zoomUserSchema,
  );
}

/**
 * `GET /users/{userId}/settings` (Medium). Needs `user:read:settings(:admin)` (classic `user:read(:admin)`),
 * which a token may lack: Zoom then answers 4711 naming the scopes.
 */
export function getZoomUserSettings(options: ZoomRestOptions, userId = 'me'): Promise<ZoomUserSettings> {
  return requestZoomApi(
    options,
    { method: 'GET', path: `/users/${encodeURIComponent(userId)}/settings` },
    zoomUserSettingsSchema,
  );
}

/** Query of `GET /users`. Zoom's pages hold at most 300 users; `next_page_token` is valid 15 minutes. */
export interface ListZoomUsersQuery {
  status?: 'active' | 'inactive' | 'pending';
  pageSize?: number;
  nextPageToken?: string;
}

/** One page of `GET /users`. */
export function listZoomUsers(
  options: ZoomRestOptions,
  query: ListZoomUsersQuery = {},
): Promise<ZoomUserPage> {
  return requestZoomApi(
    options,
    {
      method: 'GET',
      path: '/users',
      query: {
        status: query.status,
        page_size: query.pageSize ?? 300,
        next_page_token: query.nextPageToken || undefined,
      },
    },
    zoomUserPageSchema,
  );
}

/** Every user of the account with the given status, following `next_page_token` to the last page. */
export async function* listAllZoomUsers(
  options: ZoomRestOptions,
  query: Omit<ListZoomUsersQuery, 'nextPageToken'> = {},
): AsyncGenerator<ZoomUser> {
  let nextPageToken: string | undefined;
  do {
    const page = await listZoomUsers(options, { ...query, nextPageToken });
    yield* page.users;
    nextPageToken = page.next_page_token || undefined;
  } while (nextPageToken);
}
