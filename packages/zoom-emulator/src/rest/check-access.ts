import type { EmulatorContext } from '../emulator-context.ts';
import type { RouteResponse } from '../http/route-types.ts';
import type { ZoomUser } from '../state/types.ts';
import type { Caller } from './authenticate-bearer.ts';
import type { EndpointScopes } from './endpoint-scopes.ts';
import { restErrors } from './rest-errors.ts';

function holdsAny(caller: Caller, scopes: string[]): boolean {
  for (const scope of scopes) if (caller.scopes.has(scope)) return true;
  return false;
}

/** Whether the token opens the endpoint at all (user- or admin-level); else Zoom's missing-scopes error. */
export function checkEndpointScopes(caller: Caller, scopes: EndpointScopes): RouteResponse | null {
  const user = holdsAny(caller, scopes.user) || holdsAny(caller, scopes.classicUser);
  if (user || holdsAny(caller, scopes.admin) || holdsAny(caller, scopes.classicAdmin)) return null;
  return restErrors.missingScopes([...scopes.user, ...scopes.admin]);
}

/**
 * Acting on someone else needs an admin-level scope, and admin power: Server-to-Server apps always
 * have it; an admin-managed app's token only while its user is still an owner or admin (Zoom: "if the
 * installing admin is removed, a new admin must reinstall"). User-managed apps never have it.
 */
export function checkActingOnOthers(caller: Caller, scopes: EndpointScopes): RouteResponse | null {
  if (!holdsAny(caller, scopes.admin) && !holdsAny(caller, scopes.classicAdmin)) {
    return restErrors.missingScopes(scopes.admin);
  }
  if (!hasAdminPower(caller)) return restErrors.noPermission();
  return null;
}

/** Whether the caller can reach other users of its account. */
export function hasAdminPower(caller: Caller): boolean {
  if (caller.app.type === 's2s') return true;
  if (caller.app.type === 'user') return false;
  return caller.user.role === 'owner' || caller.user.role === 'admin';
}

/**
 * Resolves a `{userId}` path parameter (`me`, an id or an email) for `scopes`. A user-managed app must
 * say `me`; an admin token reaches only users of its own account.
 */
export function resolveUserParam(
  context: EmulatorContext,
  caller: Caller,
  userIdParam: string,
  scopes: EndpointScopes,
  notFound: (userId: string) => RouteResponse,
): { user: ZoomUser } | { response: RouteResponse } {
  const scopeProblem = checkEndpointScopes(caller, scopes);
  if (scopeProblem) return { response: scopeProblem };
  if (userIdParam === 'me') return { user: caller.user };
  if (caller.app.type === 'user') return { response: restErrors.missingScopes(scopes.admin) };
  const target = context.state.findUser(userIdParam);
  if (!target || target.accountId !== caller.account.id) return { response: notFound(userIdParam) };
  if (target.id === caller.user.id) return { user: target };
  const reachProblem = checkActingOnOthers(caller, scopes);
  return reachProblem ? { response: reachProblem } : { user: target };
}
