import { eq } from 'drizzle-orm';
import { interviews } from '../../../db/interview-schema.ts';
import { devMailMessages, users } from '../../../db/schema.ts';
import { insertInterviewJob } from '../../../interviews/testing/interview-test-world.ts';
import { eventually, type TestApp } from '../../../test/create-test-app.ts';
import { type IncidentReport, reportIncident } from '../report-incident.ts';

/** Reports an incident in a transaction of its own, as a meeting or Zoom step reports one in its work. */
export function reportIncidentNow(parley: TestApp, incident: IncidentReport) {
  return parley.database.transaction((tx) => reportIncident(tx, parley.services, incident));
}

/** An organization with two admins (en, de), a recruiter and a deactivated admin, and a job to interview for. */
export async function organizationWithAdmins(parley: TestApp, name: string) {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-');
  const { organizationId, userIds } = await parley.createOrganization(name, [
    { role: 'admin', name: 'Ann' },
    { role: 'admin', email: `zweite@${slug}.test`, name: 'Berta', language: 'de' },
    { role: 'admin', email: `former@${slug}.test`, name: 'Former' },
    { role: 'recruiter' },
  ]);
  await parley.database.db
    .update(users)
    .set({ active: false })
    .where(eq(users.email, `former@${slug}.test`));
  const db = parley.database.db;
  const { jobId, stageId, addApplication } = await insertInterviewJob(db, organizationId);
  const recruiterId = userIds[`recruiter@${slug}.test`]!;
  /** Inserts an upcoming interview of a new candidate, `daysAhead` days from now at 09:00 UTC. */
  const newInterview = async (candidateName: string, daysAhead: number) => {
    const { applicationId, candidateId } = await addApplication({
      name: candidateName,
      email: `${daysAhead}@example.com`,
      timeZone: 'UTC',
      language: 'en',
    });
    const startAt = new Date(Date.UTC(2030, 0, 1 + daysAhead, 9));
    const [interview] = await db
      .insert(interviews)
      .values({
        organizationId,
        applicationId,
        candidateId,
        jobId,
        stageId,
        startAt,
        endAt: new Date(startAt.getTime() + 3_600_000),
        timeZone: 'UTC',
        durationMinutes: 60,
        locationKind: 'zoom',
        video: true,
        hostChoice: 'automatic',
        state: 'needs_attention',
        scheduledByUserId: recruiterId,
      })
      .returning();
    return interview!.id;
  };
  return { organizationId, slug, newInterview };
}

/** The organization's caught mail once there are at least `expected` messages. */
export async function mailOf(parley: TestApp, organizationId: string, expected: number) {
  return eventually(async () => {
    const messages = await parley.database.db
      .select()
      .from(devMailMessages)
      .where(eq(devMailMessages.organizationId, organizationId));
    return messages.length >= expected ? messages : undefined;
  });
}
