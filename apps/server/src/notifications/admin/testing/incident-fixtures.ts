import { defaultStageZoomMeetingSettings } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import { interviews } from '../../../db/interview-schema.ts';
import { applications, candidates, jobStages, jobs } from '../../../db/recruiting-schema.ts';
import { devMailMessages, users } from '../../../db/schema.ts';
import { eventually, type TestApp } from '../../../test/create-test-app.ts';

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
  const [job] = await db
    .insert(jobs)
    .values({ organizationId, title: 'Backend Engineer', employmentType: 'full_time', language: 'en' })
    .returning();
  const [stage] = await db
    .insert(jobStages)
    .values({
      organizationId,
      jobId: job!.id,
      name: 'Interview',
      position: 1,
      isInterview: true,
      zoomMeetingSettings: defaultStageZoomMeetingSettings,
      topicTemplate: '{stage}: {candidate}',
    })
    .returning();
  const recruiterId = userIds[`recruiter@${slug}.test`]!;
  /** Inserts an upcoming interview of a new candidate, `daysAhead` days from now at 09:00 UTC. */
  const newInterview = async (candidateName: string, daysAhead: number) => {
    const [candidate] = await db
      .insert(candidates)
      .values({
        organizationId,
        name: candidateName,
        email: `${daysAhead}@example.com`,
        timeZone: 'UTC',
        language: 'en',
      })
      .returning();
    const [application] = await db
      .insert(applications)
      .values({ organizationId, candidateId: candidate!.id, jobId: job!.id, stageId: stage!.id })
      .returning();
    const startAt = new Date(Date.UTC(2030, 0, 1 + daysAhead, 9));
    const [interview] = await db
      .insert(interviews)
      .values({
        organizationId,
        applicationId: application!.id,
        candidateId: candidate!.id,
        jobId: job!.id,
        stageId: stage!.id,
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
