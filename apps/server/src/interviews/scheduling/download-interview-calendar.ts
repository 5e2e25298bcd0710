import { eq } from 'drizzle-orm';
import type { Actor } from '../../actor.ts';
import { users } from '../../db/schema.ts';
import { AppError, AppErrorCode } from '../../errors/app-error.ts';
import { renderInterviewMessage } from '../../notifications/invitations/render-interview-message.ts';
import type { Services } from '../../services.ts';
import { getInterview } from '../get-interview.ts';
import { loadInterviewSnapshot } from '../meetings/load-interview-snapshot.ts';

/**
 * The interview's calendar file for "Add to calendar", in the actor's language: the same event (UID and
 * SEQUENCE) the invitations carry, so a later update by e-mail replaces it rather than adding a second;
 * a cancelled interview's file cancels it. NOT_FOUND for an interview the actor may not see.
 */
export async function downloadInterviewCalendar(
  services: Pick<Services, 'database' | 'secretBox' | 'config'>,
  actor: Actor,
  interviewId: string,
  now = new Date(),
): Promise<string> {
  const interview = await getInterview(services, actor, interviewId);
  const db = services.database.db;
  const snapshot = await loadInterviewSnapshot(db, interviewId);
  const [reader] = await db
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      language: users.language,
      timeZone: users.timeZone,
    })
    .from(users)
    .where(eq(users.id, actor.userId));
  if (!snapshot || !reader) throw new AppError(AppErrorCode.NotFound);
  const sealed = snapshot.meeting?.sealedPasscode;
  const sealedPhone = snapshot.meeting?.sealedPhonePasscode;
  const onIt = snapshot.interviewers.some((person) => person.id === reader.id);
  const message = await renderInterviewMessage({
    snapshot,
    recipient: { key: `user:${reader.id}`, role: onIt ? 'interviewer' : 'recruiter', reader },
    kind: interview.state === 'cancelled' ? 'cancellation' : 'invitation',
    changes: [],
    removed: false,
    previousStartAt: null,
    passcode: sealed ? services.secretBox.open(sealed) : null,
    phonePasscode: sealedPhone ? services.secretBox.open(sealedPhone) : null,
    publicUrl: services.config.publicUrl,
    now,
    // The calendar file is the same whatever the template says; the body is not part of it.
    template: null,
  });
  return message.calendar.content;
}
