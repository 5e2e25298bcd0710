import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { devMailMessages } from '../../db/schema.ts';
import { useTestApp } from '../../test/use-test-app.ts';
import { hostCause } from './incident-cause.ts';
import type { IncidentReport } from './report-incident.ts';
import { resolveIncidents } from './resolve-incidents.ts';
import { mailOf, organizationWithAdmins, reportIncidentNow } from './testing/incident-fixtures.ts';

const parley = useTestApp({ env: { NOTIFICATION_DIGEST_SECONDS: '3' } });

const report = (incident: IncidentReport) => reportIncidentNow(parley, incident);

const failedMeetings = {
  kind: 'meeting_failed',
  hostZoomUserId: 'zoom-user-kim',
  hostLabel: 'Kim Host',
  operation: 'create',
  status: 400,
  zoomCode: 3161,
  message: 'Meeting hosting and scheduling capabilities are not allowed for your user account.',
} as const;

describe('the admins’ incident e-mail', () => {
  it('waits for the digest, then lists every interview the cause hit meanwhile in one e-mail per admin', async () => {
    const { organizationId, slug, newInterview } = await organizationWithAdmins(parley, 'Digest Co');
    const interviewIds = [
      await newInterview('Ada King', 1),
      await newInterview('Bo Lee', 2),
      await newInterview('Cy Park', 3),
    ];
    for (const interviewId of interviewIds) {
      await report({ organizationId, facts: failedMeetings, interviewIds: [interviewId] });
    }
    const mail = await mailOf(parley, organizationId, 2);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const settled = await mailOf(parley, organizationId, 2);
    expect(settled).toHaveLength(2);
    const english = mail.find((message) => message.to[0] === `admin@${slug}.test`)!;
    expect(english.subject).toBe('Zoom refused interview meetings on host Kim Host');
    expect(english.text).toContain(
      'Zoom answered: HTTP 400 (3161): Meeting hosting and scheduling capabilities are not allowed for your user account.',
    );
    expect(english.text).toContain('Affected interviews (3):');
    for (const interviewId of interviewIds) expect(english.text).toContain(`/interviews/${interviewId}`);
    expect(english.html).toContain(`<a href="http://parley.test/interviews/${interviewIds[0]}">`);
  });

  it('is not sent when the cause went away before the digest was due', async () => {
    const { organizationId } = await organizationWithAdmins(parley, 'Quick Fix Co');
    const hostCandidateId = crypto.randomUUID();
    await report({
      organizationId,
      facts: {
        kind: 'host_cannot_host',
        hostCandidateId,
        hostLabel: 'Kim',
        hostEmail: 'kim@acme.test',
        flag: 'deleted',
      },
    });
    await parley.database.transaction((tx) =>
      resolveIncidents(tx, {
        organizationId,
        kinds: ['host_cannot_host'],
        cause: hostCause(hostCandidateId),
      }),
    );
    // Another incident opened later is e-mailed after its own digest, so the first one's is due by then.
    await report({ organizationId, facts: failedMeetings });
    const mail = await mailOf(parley, organizationId, 2);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const settled = await parley.database.db
      .select()
      .from(devMailMessages)
      .where(eq(devMailMessages.organizationId, organizationId));
    expect(mail).toHaveLength(2);
    expect(settled.map((message) => message.subject).sort()).toEqual([
      'Zoom hat Interview-Meetings auf dem Host Kim Host abgelehnt',
      'Zoom refused interview meetings on host Kim Host',
    ]);
  });
});
