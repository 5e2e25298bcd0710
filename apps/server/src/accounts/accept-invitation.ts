import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import type { Database } from '../db/database.ts';
import { invitations, type Language, users } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';
import { findInvitationByToken } from './find-invitation-by-token.ts';
import { hashPassword } from './passwords.ts';
import { createSession } from './sessions.ts';

/** What the invited person enters on the invitation page. */
export interface AcceptInvitationInput {
  name: string;
  password: string;
  /** Defaults to the invitation's language (the inviting admin's). */
  language?: Language;
  /** Canonical IANA zone; defaults to UTC. */
  timeZone?: string;
}

/**
 * Creates the invited user with the invitation's email and role, uses up the invitation and starts a
 * session. The invitation row is locked, so a link accepted twice at once creates one user.
 */
export async function acceptInvitation(
  services: { database: Database; sessionTtlDays: number },
  token: string,
  input: AcceptInvitationInput,
): Promise<{ token: string; userId: string; organizationId: string }> {
  const passwordHash = await hashPassword(input.password);
  return services.database.transaction(async (tx) => {
    const invitation = await findInvitationByToken(tx.db, token, true);
    const [existing] = await tx.db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, invitation.email));
    if (existing) throw new AppError(AppErrorCode.EmailTaken);
    const [user] = await tx.db
      .insert(users)
      .values({
        organizationId: invitation.organizationId,
        email: invitation.email,
        name: input.name,
        passwordHash,
        role: invitation.role,
        language: input.language ?? invitation.language,
        timeZone: input.timeZone ?? 'UTC',
      })
      .returning({ id: users.id });
    await tx.db
      .update(invitations)
      .set({ acceptedAt: new Date(), acceptedUserId: user!.id })
      .where(eq(invitations.id, invitation.id));
    const session = await createSession(tx.db, user!.id, services.sessionTtlDays);
    await recordAuditEvent(tx, {
      organizationId: invitation.organizationId,
      actorUserId: user!.id,
      action: 'invitation.accepted',
      target: { type: 'invitation', id: invitation.id },
      result: 'success',
      metadata: { role: invitation.role },
    });
    return { token: session.token, userId: user!.id, organizationId: invitation.organizationId };
  });
}
