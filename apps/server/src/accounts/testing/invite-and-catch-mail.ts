import type { Role } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import { devMailMessages } from '../../db/schema.ts';
import { eventually, type TestApp, type TestSession } from '../../test/create-test-app.ts';

/**
 * Invites someone through the API as `as` and waits for the invitation e-mail in the development mailbox
 * of `organizationId`: the invitation's id and the e-mail's, records a tenant test then tries to reach from
 * another organization.
 */
export async function inviteAndCatchMail(
  parley: TestApp,
  as: TestSession,
  organizationId: string,
  invitee: { email: string; role: Role },
): Promise<{ invitationId: string; mailId: string }> {
  const invited = await parley.request({ method: 'POST', url: '/api/invitations', as, payload: invitee });
  const invitationId: string = invited.json().invitation.id;
  const mailId = await eventually(async () => {
    const [message] = await parley.database.db
      .select({ id: devMailMessages.id })
      .from(devMailMessages)
      .where(eq(devMailMessages.organizationId, organizationId));
    return message?.id;
  });
  return { invitationId, mailId };
}
