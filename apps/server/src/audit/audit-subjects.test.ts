import { randomUUID } from 'node:crypto';
import type { AuditEvent } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { candidates } from '../db/recruiting-schema.ts';
import { auditEvents, users } from '../db/schema.ts';
import { zoomHostCandidates } from '../db/zoom-schema.ts';
import { recruitingClient } from '../recruiting/testing/recruiting-test-world.ts';
import type { TestSession } from '../test/create-test-app.ts';
import { useTestApp } from '../test/use-test-app.ts';

const parley = useTestApp();
let admin: TestSession;
let organizationId: string;
let recruiterId: string;

beforeAll(async () => {
  const acme = await parley.createOrganization('Subject Acme');
  organizationId = acme.organizationId;
  recruiterId = acme.userIds['recruiter@subject-acme.test']!;
  admin = await parley.login('admin@subject-acme.test');
});

/** The newest event with this action, as an admin lists it. */
async function newest(action: string, as = admin): Promise<AuditEvent> {
  const response = await parley.request({ method: 'GET', url: `/api/audit-events?action=${action}`, as });
  expect(response.statusCode).toBe(200);
  const [event] = (response.json() as { events: AuditEvent[] }).events;
  if (!event) throw new Error(`no ${action} event`);
  return event;
}

describe('the subject of an audit event', () => {
  it('names the user whose role changed, under the name they have now', async () => {
    const changed = await parley.request({
      method: 'PATCH',
      url: `/api/users/${recruiterId}`,
      as: admin,
      payload: { role: 'admin' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await newest('user.role_changed')).subject).toEqual({
      type: 'user',
      id: recruiterId,
      name: 'recruiter of Subject Acme',
      jobTitle: null,
    });
    await parley.database.db.update(users).set({ name: 'Ben Baker' }).where(eq(users.id, recruiterId));
    expect((await newest('user.role_changed')).subject?.name).toBe('Ben Baker');
  });

  it('names the candidate and job of an application, and the candidate of a candidate event', async () => {
    const recruiting = recruitingClient(parley, admin);
    const job = await recruiting.createJob({ title: 'Site Reliability Engineer' });
    const created = await recruiting.createCandidate({
      name: 'Chiara Conti',
      email: 'chiara@example.test',
      jobId: job.id,
    });
    expect((await newest('candidate.created')).subject).toMatchObject({
      type: 'candidate',
      name: 'Chiara Conti',
    });
    expect((await newest('application.created')).subject).toEqual({
      type: 'application',
      id: created.applications[0].id,
      name: 'Chiara Conti',
      jobTitle: 'Site Reliability Engineer',
    });
    expect((await newest('job.created')).subject).toMatchObject({
      type: 'job',
      name: 'Site Reliability Engineer',
    });
    // A deleted candidate takes their applications along; the log keeps no copy of their name.
    await parley.database.db.delete(candidates).where(eq(candidates.id, created.candidate.id));
    expect((await newest('candidate.created')).subject).toMatchObject({ type: 'candidate', name: null });
    expect((await newest('application.created')).subject).toMatchObject({ name: null, jobTitle: null });
  });

  it('keeps the recorded name of a job or invitation that no longer exists', async () => {
    await parley.database.db.insert(auditEvents).values([
      {
        organizationId,
        actorUserId: null,
        action: 'job.created',
        targetType: 'job',
        targetId: randomUUID(),
        result: 'success',
        metadata: { title: 'Gone Job' },
      },
      {
        organizationId,
        actorUserId: null,
        action: 'invitation.revoked',
        targetType: 'invitation',
        targetId: randomUUID(),
        result: 'success',
        metadata: { email: 'gone@example.test' },
      },
    ]);
    expect((await newest('job.created')).subject?.name).toBe('Gone Job');
    expect((await newest('invitation.revoked')).subject?.name).toBe('gone@example.test');
  });

  it('names a host, also in a host choice, by its default label in the reader’s name order', async () => {
    const [host] = await parley.database.db
      .insert(zoomHostCandidates)
      .values({
        organizationId,
        zoomAccountId: 'acct-subject',
        zoomUserId: 'zoom-user-adam',
        email: 'adam@acme.test',
        firstName: 'Adam',
        lastName: 'Alvarez',
        type: 2,
        status: 'active',
      })
      .returning({ id: zoomHostCandidates.id });
    await parley.database.db.insert(auditEvents).values({
      organizationId,
      actorUserId: null,
      action: 'zoom.webhook.user_updated',
      targetType: 'zoom_host_candidate',
      targetId: host!.id,
      result: 'success',
      metadata: { zoomUserEmail: 'adam@acme.test' },
    });
    expect((await newest('zoom.webhook.user_updated')).subject?.name).toBe('Adam Alvarez <adam@acme.test>');
    await parley.database.db.update(users).set({ language: 'ja' }).where(eq(users.id, admin.userId));
    const japanese = await parley.login('admin@subject-acme.test');
    expect((await newest('zoom.webhook.user_updated', japanese)).subject?.name).toBe(
      'Alvarez Adam <adam@acme.test>',
    );

    // A host choice recorded the label in English order; the reader sees it in theirs.
    const recorded = {
      hostCandidateId: host!.id,
      zoomUserId: 'zoom-user-adam',
      label: 'Adam Alvarez <adam@acme.test>',
    };
    const gone = {
      hostCandidateId: randomUUID(),
      zoomUserId: 'zoom-user-gone',
      label: 'Gina Gone <gina@acme.test>',
    };
    await parley.database.db.insert(auditEvents).values({
      organizationId,
      actorUserId: null,
      action: 'interview.host_chosen',
      result: 'success',
      metadata: {
        explanation: {
          choice: 'auto',
          chosen: recorded,
          skipped: [{ ...gone, reason: { kind: 'deleted' } }],
        },
      },
    });
    const chosen = (await newest('interview.host_chosen', japanese)).details.explanation as {
      chosen: { label: string };
      skipped: { label: string; reason: unknown }[];
    };
    expect(chosen.chosen.label).toBe('Alvarez Adam <adam@acme.test>');
    expect(chosen.skipped).toEqual([{ ...gone, reason: { kind: 'deleted' } }]);
    await parley.database.db.update(users).set({ language: 'en' }).where(eq(users.id, admin.userId));
    const english = (await newest('interview.host_chosen')).details.explanation as {
      chosen: { label: string };
    };
    expect(english.chosen.label).toBe('Adam Alvarez <adam@acme.test>');
  });

  it('is null for events about no one in particular', async () => {
    await parley.database.db.insert(auditEvents).values({
      organizationId,
      actorUserId: null,
      action: 'zoom.rooms.synced',
      result: 'success',
      metadata: { total: 3 },
    });
    expect((await newest('zoom.rooms.synced')).subject).toBeNull();
  });
});
