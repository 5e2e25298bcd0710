import { requestZoomApi, type ZoomRestOptions } from './request-zoom-api.ts';
import { type ZoomRoom, zoomRoomPageSchema } from './zoom-schemas.ts';

/** Every Zoom Room of the account (`GET /rooms`, following `next_page_token`). */
export async function listAllZoomRooms(options: ZoomRestOptions): Promise<ZoomRoom[]> {
  const rooms: ZoomRoom[] = [];
  let nextPageToken: string | undefined;
  do {
    const page = await requestZoomApi(
      options,
      { method: 'GET', path: '/rooms', query: { page_size: 300, next_page_token: nextPageToken } },
      zoomRoomPageSchema,
    );
    rooms.push(...page.rooms);
    nextPageToken = page.next_page_token || undefined;
  } while (nextPageToken);
  return rooms;
}
