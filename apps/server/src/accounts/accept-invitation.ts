import type { Language } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import { recordAuditEvent } from '../audit/record-audit-event.ts';
import { invitations, users } from '../db/schema.ts';
import { AppError, AppErrorCode } from '../errors/app-error.ts';
import type { Services } from '../services.ts';
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
  /** The client's address: hashing the password counts against its password-work budget. */
  remoteAddress?: string;
}

/**
 * Creates the invited user with the invitation's email and role, uses up the invitation and starts a
 * session. The token is checked before the password is hashed, so a made-up link costs no hashing; the
 * hash runs within the instance's password-work budget. The invitation row is then locked and checked
 * again, so a link accepted twice at once creates one user.
 */
export async function acceptInvitation(
  services: Pick<Services, 'database' | 'config' | 'passwordWork'>,
  token: string,
  input: AcceptInvitationInput,
): Promise<{ token: string; userId: string; organizationId: string }> {
  await findInvitationByToken(services.database.db, token);
  const passwordHash = await services.passwordWork.run(input.remoteAddress, () =>
    hashPassword(input.password),
  );
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
    const session = await createSession(tx.db, user!.id, services.config.sessionTtlDays);
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
