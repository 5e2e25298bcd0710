import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { adminIncidents, notificationEmailOptOuts } from '../../db/notification-schema.ts';
import { users } from '../../db/schema.ts';
import { eventually } from '../../test/create-test-app.ts';
import { useTestApp } from '../../test/use-test-app.ts';
import { hostCause } from './incident-cause.ts';
import { listIncidentInterviews } from './list-incident-interviews.ts';
import type { IncidentReport } from './report-incident.ts';
import { resolveIncidents } from './resolve-incidents.ts';
import { mailOf, organizationWithAdmins, reportIncidentNow } from './testing/incident-fixtures.ts';

/** How long an incident's e-mail waits for more reports: long enough for this file's second report. */
const digestSeconds = 4;
const parley = useTestApp({ env: { NOTIFICATION_DIGEST_SECONDS: String(digestSeconds) } });

const report = (incident: IncidentReport) => reportIncidentNow(parley, incident);

const hostFacts = (hostCandidateId: string) =>
  ({
    kind: 'host_cannot_host',
    hostCandidateId,
    hostLabel: 'Kim Host',
    hostEmail: 'kim@acme.test',
    flag: 'deactivated',
  }) as const;

describe('reportIncident', () => {
  it('opens one incident per cause, lists each interview once and e-mails each active admin once', async () => {
    const { organizationId, slug, newInterview } = await organizationWithAdmins(parley, 'Incident One');
    const first = await newInterview('Ada King', 1);
    const second = await newInterview('Bo Lee', 2);
    const hostId = crypto.randomUUID();

    const opened = await report({ organizationId, facts: hostFacts(hostId), interviewIds: [first] });
    const again = await report({ organizationId, facts: hostFacts(hostId), interviewIds: [first, second] });
    expect(opened).toMatchObject({ opened: true, interviewsAdded: 1 });
    expect(again).toEqual({ incidentId: opened.incidentId, opened: false, interviewsAdded: 1 });

    const rows = await parley.database.db
      .select()
      .from(adminIncidents)
      .where(eq(adminIncidents.organizationId, organizationId));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'host_cannot_host', cause: hostCause(hostId), resolvedAt: null });
    const listed = (await listIncidentInterviews(parley.database.db, [opened.incidentId])).get(
      opened.incidentId,
    );
    expect(listed?.map((interview) => interview.candidateName)).toEqual(['Ada King', 'Bo Lee']);

    // The digest's end: the job marks the incident e-mailed once every admin's message is out.
    await eventually(
      async () => {
        const [incident] = await parley.database.db
          .select({ emailedAt: adminIncidents.emailedAt })
          .from(adminIncidents)
          .where(eq(adminIncidents.id, opened.incidentId));
        return incident?.emailedAt ?? undefined;
      },
      (digestSeconds + 15) * 1000,
    );
    const mail = await mailOf(parley, organizationId, 2);
    expect(mail).toHaveLength(2);
    const byRecipient = Object.fromEntries(mail.map((message) => [message.to[0], message]));
    expect(Object.keys(byRecipient).sort()).toEqual([`admin@${slug}.test`, `zweite@${slug}.test`]);
    const english = byRecipient[`admin@${slug}.test`]!;
    expect(english.subject).toBe('Kim Host can no longer host upcoming interviews');
    expect(english.text).toContain('Hello Ann,');
    expect(english.text).toContain('the user was deactivated in Zoom');
    expect(english.text).toContain('Affected interviews (2):');
    expect(english.text).toContain(`Ada King – Backend Engineer – Wed, Jan 2, 2030, 09:00 AM UTC`);
    expect(english.text).toContain(`http://parley.test/interviews/${first}`);
    expect(english.text).toContain(`http://parley.test/interviews/${second}`);
    const german = byRecipient[`zweite@${slug}.test`]!;
    expect(german.subject).toBe('Kim Host kann anstehende Interviews nicht mehr hosten');
    expect(german.text).toContain('Betroffene Interviews (2):');
    expect(german.text).toContain('Mi., 2. Jan. 2030, 09:00 UTC');
  });

  it('opens a new incident once the earlier one of the same cause was resolved', async () => {
    const { organizationId } = await organizationWithAdmins(parley, 'Incident Two');
    const hostId = crypto.randomUUID();
    const first = await report({ organizationId, facts: hostFacts(hostId) });
    const closed = await parley.database.transaction((tx) =>
      resolveIncidents(tx, { organizationId, kinds: ['host_cannot_host'], cause: hostCause(hostId) }),
    );
    expect(closed).toBe(1);
    const second = await report({ organizationId, facts: hostFacts(hostId) });
    expect(second.opened).toBe(true);
    expect(second.incidentId).not.toBe(first.incidentId);
    const open = await parley.database.db
      .select()
      .from(adminIncidents)
      .where(eq(adminIncidents.organizationId, organizationId));
    expect(open.filter((incident) => incident.resolvedAt === null).map((incident) => incident.id)).toEqual([
      second.incidentId,
    ]);
  });

  it('leaves out admins who turned the kind off by e-mail', async () => {
    const { organizationId, slug } = await organizationWithAdmins(parley, 'Incident Three');
    const [berta] = await parley.database.db
      .select()
      .from(users)
      .where(eq(users.email, `zweite@${slug}.test`));
    await parley.database.db
      .insert(notificationEmailOptOuts)
      .values({ userId: berta!.id, kind: 'host_cannot_host' });
    await report({ organizationId, facts: hostFacts(crypto.randomUUID()) });
    const mail = await mailOf(parley, organizationId, 1);
    expect(mail.map((message) => message.to)).toEqual([[`admin@${slug}.test`]]);
  });
});
