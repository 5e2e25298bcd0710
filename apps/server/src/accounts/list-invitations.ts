import type { InvitationStatus, Role } from '@parley/api-contract';
import { desc, eq, type SQL } from 'drizzle-orm';
import type { Actor } from '../actor.ts';
import type { Db } from '../db/database.ts';
import { invitations, users } from '../db/schema.ts';
import { invitationStatus } from './invitation-status.ts';

/** An invitation as admins see it. */
export interface InvitationView {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  expiresAt: Date;
  createdAt: Date;
  invitedBy: { id: string; name: string };
}

/** The invitations of the actor's organization, newest first. */
export async function listInvitations(db: Db, actor: Actor): Promise<InvitationView[]> {
  return selectInvitations(db, eq(invitations.organizationId, actor.organizationId));
}

/** Invitations matching `where`, with their inviter, newest first. */
export async function selectInvitations(db: Db, where: SQL): Promise<InvitationView[]> {
  const rows = await db
    .select({ invitation: invitations, inviter: { id: users.id, name: users.name } })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedByUserId))
    .where(where)
    .orderBy(desc(invitations.createdAt), desc(invitations.id));
  const now = new Date();
  return rows.map(({ invitation, inviter }) => ({
    id: invitation.id,
    email: invitation.email,
    role: invitation.role,
    status: invitationStatus(invitation, now),
    expiresAt: invitation.expiresAt,
    createdAt: invitation.createdAt,
    invitedBy: inviter,
  }));
}
