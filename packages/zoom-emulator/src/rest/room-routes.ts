import type { EmulatorContext } from '../emulator-context.ts';
import { jsonResponse } from '../http/send-response.ts';
import type { Room } from '../state/types.ts';
import { checkActingOnOthers, checkEndpointScopes } from './check-access.ts';
import { ENDPOINT_SCOPES } from './endpoint-scopes.ts';
import { paginate } from './paginate.ts';
import { restErrors } from './rest-errors.ts';
import { withCaller } from './with-caller.ts';

const STATUSES = ['Offline', 'Available', 'InMeeting', 'UnderConstruction'];

/** `GET /rooms` (Medium): the account's Zoom Rooms, filtered by status, type and name. */
export function createRoomRoutes(context: EmulatorContext) {
  return {
    listRooms: withCaller(context, 'Medium', (request, caller) => {
      const scopes = ENDPOINT_SCOPES.listRooms;
      const problem = checkEndpointScopes(caller, scopes) ?? checkActingOnOthers(caller, scopes);
      if (problem) return problem;
      const { query } = request;
      const status = query.get('status');
      if (status && !STATUSES.includes(status))
        return restErrors.validationFailed([{ field: 'status', message: 'Invalid field.' }]);
      const type = query.get('type');
      const name = query.get('query_name')?.toLowerCase();
      const rooms = (context.state.roomIdsByAccount.get(caller.account.id) ?? [])
        .map((roomId) => context.state.rooms.get(roomId)!)
        .filter((room) => (!status || room.status === status) && (!type || room.type === type))
        .filter((room) => !name || room.name.toLowerCase().includes(name));
      const queryKey = `rooms|${caller.account.id}|${status ?? ''}|${type ?? ''}|${name ?? ''}`;
      const paged = paginate(context, rooms, query, queryKey);
      if ('response' in paged) return paged.response;
      const { next_page_token, page_size } = paged.page.fields;
      return jsonResponse(200, { next_page_token, page_size, rooms: paged.page.items.map(serializeRoom) });
    }),
  };
}

function serializeRoom(room: Room): Record<string, unknown> {
  return {
    id: room.id,
    room_id: room.roomId,
    name: room.name,
    activation_code: room.activationCode,
    status: room.status,
    location_id: room.locationId,
    tag_ids: room.tagIds,
  };
}
