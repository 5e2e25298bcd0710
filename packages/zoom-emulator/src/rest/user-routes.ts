import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteRequest } from '../http/route-types.ts';
import { jsonResponse } from '../http/send-response.ts';
import type { UserStatus } from '../state/types.ts';
import type { Caller } from './authenticate-bearer.ts';
import { checkActingOnOthers, checkEndpointScopes, resolveUserParam } from './check-access.ts';
import { ENDPOINT_SCOPES } from './endpoint-scopes.ts';
import { paginate } from './paginate.ts';
import { restErrors } from './rest-errors.ts';
import { ROLE_IDS, serializeListUser, serializeUser, serializeUserSettings } from './serialize-user.ts';
import { withCaller } from './with-caller.ts';

const STATUSES: UserStatus[] = ['active', 'inactive', 'pending'];

/** `GET /users` (Medium), `GET /users/{userId}` (Light) and `GET /users/{userId}/settings` (Medium). */
export function createUserRoutes(context: EmulatorContext) {
  return {
    listUsers: withCaller(context, 'Medium', (request, caller) => listUsers(context, request, caller)),
    getUser: withCaller(context, 'Light', (request, caller) => {
      const resolved = resolveUserParam(
        context,
        caller,
        request.params.userId!,
        ENDPOINT_SCOPES.getUser,
        restErrors.userNotFound,
      );
      if ('response' in resolved) return resolved.response;
      const account = context.state.accounts.get(resolved.user.accountId)!;
      return jsonResponse(200, serializeUser(resolved.user, account, context.clock.now(), context.baseUrl));
    }),
    getUserSettings: withCaller(context, 'Medium', (request, caller) => {
      const resolved = resolveUserParam(
        context,
        caller,
        request.params.userId!,
        ENDPOINT_SCOPES.getUserSettings,
        restErrors.userNotFound,
      );
      if ('response' in resolved) return resolved.response;
      if (resolved.user.status === 'pending') return restErrors.invitationNotFound();
      return jsonResponse(200, serializeUserSettings(resolved.user));
    }),
  };
}

function listUsers(context: EmulatorContext, request: RouteRequest, caller: Caller) {
  const scopes = ENDPOINT_SCOPES.listUsers;
  const problem = checkEndpointScopes(caller, scopes) ?? checkActingOnOthers(caller, scopes);
  if (problem) return problem;
  const status = (request.query.get('status') || 'active') as UserStatus;
  if (!STATUSES.includes(status))
    return restErrors.validationFailed([{ field: 'status', message: 'Invalid field.' }]);
  const roleId = request.query.get('role_id');
  const { state } = context;
  const users = (state.userIdsByAccount.get(caller.account.id) ?? [])
    .map((userId) => state.users.get(userId)!)
    .filter((user) => user.status === status && (!roleId || ROLE_IDS[user.role] === roleId));
  const queryKey = `users|${caller.account.id}|${status}|${roleId ?? ''}`;
  const paged = paginate(context, users, request.query, queryKey);
  if ('response' in paged) return paged.response;
  const now = context.clock.now();
  return jsonResponse(200, {
    ...paged.page.fields,
    users: paged.page.items.map((user) => serializeListUser(user, now)),
  });
}
