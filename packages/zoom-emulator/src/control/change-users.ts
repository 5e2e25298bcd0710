import type { EmulatorContext } from '../emulator-context.ts';
import type { UserRole, UserStatus, UserType, ZoomUser } from '../state/types.ts';
import {
  type Operator,
  ROLE_NAMES,
  userLifecyclePayload,
  userUpdatedPayload,
} from '../webhooks/event-payloads.ts';
import { ControlError } from './control-error.ts';

/** Who made a change "in Zoom": the named user, else the account owner. */
export function resolveOperator(
  context: EmulatorContext,
  accountId: string,
  operatorEmail?: string,
): Operator {
  const operator = operatorEmail ? context.state.findUser(operatorEmail) : context.state.ownerOf(accountId);
  if (!operator || operator.accountId !== accountId)
    throw new ControlError(400, `Unknown operator ${operatorEmail}`);
  return { email: operator.email, id: operator.id };
}

/** The user named by id or email, or a 404. */
export function requireUser(context: EmulatorContext, idOrEmail: string): ZoomUser {
  const user = context.state.findUser(idOrEmail);
  if (!user) throw new ControlError(404, `No user ${idOrEmail}`);
  return user;
}

/**
 * Changes a role and sends `user.updated` with `object.role` / `old_object.role`. Making someone the
 * owner transfers ownership (the previous owner becomes an admin), as Zoom allows only one owner.
 */
export function changeUserRole(
  context: EmulatorContext,
  user: ZoomUser,
  role: UserRole,
  operator: Operator,
): void {
  if (user.role === role) return;
  if (user.status === 'pending') throw new ControlError(400, 'Pending users have no role to change yet');
  if (user.role === 'owner')
    throw new ControlError(400, "Make another user the owner to change the owner's role");
  if (role === 'owner') {
    const previousOwner = context.state.ownerOf(user.accountId);
    announceChange(context, previousOwner, { role: ROLE_NAMES.owner }, { role: ROLE_NAMES.admin }, operator);
    previousOwner.role = 'admin';
  }
  announceChange(context, user, { role: ROLE_NAMES[user.role] }, { role: ROLE_NAMES[role] }, operator);
  user.role = role;
}

/** Changes the license type (Basic 1 / Licensed 2) and sends `user.updated` with `type`. */
export function changeUserType(
  context: EmulatorContext,
  user: ZoomUser,
  type: UserType,
  operator: Operator,
): void {
  if (user.type === type) return;
  announceChange(context, user, { type: user.type }, { type }, operator);
  user.type = type;
}

/**
 * Deactivates (`user.deactivated`) or reactivates (`user.activated`) a user. Deactivation ends the
 * user's tokens for good: API calls get 124, refreshes "Owner of token does not exist" (4735).
 */
export function changeUserStatus(
  context: EmulatorContext,
  user: ZoomUser,
  status: UserStatus,
  operator: Operator,
): void {
  if (user.status === status) return;
  if (status === 'pending') throw new ControlError(400, 'A user cannot go back to pending');
  if (user.role === 'owner') throw new ControlError(400, 'The account owner cannot be deactivated');
  const wasPending = user.status === 'pending';
  user.status = status;
  if (status === 'inactive') {
    endUserAccess(context, user);
    context.announcer.toAccount(
      user.accountId,
      user.id,
      'user.deactivated',
      userLifecyclePayload(user, operator),
    );
  } else if (!wasPending) {
    context.announcer.toAccount(
      user.accountId,
      user.id,
      'user.activated',
      userLifecyclePayload(user, operator),
    );
  }
}

/** Deletes a user (with their meetings) and sends `user.deleted`. */
export function deleteUser(context: EmulatorContext, user: ZoomUser, operator: Operator): void {
  if (user.role === 'owner') throw new ControlError(400, 'The account owner cannot be deleted');
  const payload = userLifecyclePayload(user, operator);
  context.announcer.toAccount(user.accountId, user.id, 'user.deleted', payload);
  endUserAccess(context, user);
  context.state.removeUser(user);
}

function endUserAccess(context: EmulatorContext, user: ZoomUser): void {
  for (const grant of context.state.liveGrants((candidate) => candidate.userId === user.id)) {
    context.state.endGrant(grant, 'owner_gone');
  }
  for (const [sessionId, session] of context.state.sessions) {
    if (session.userId === user.id) context.state.sessions.delete(sessionId);
  }
}

function announceChange(
  context: EmulatorContext,
  user: ZoomUser,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  operator: Operator,
): void {
  const payload = userUpdatedPayload(user, { before, after }, operator, context.clock.now());
  context.announcer.toAccount(user.accountId, user.id, 'user.updated', payload);
}
