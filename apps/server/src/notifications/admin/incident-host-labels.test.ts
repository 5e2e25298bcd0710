import { beforeAll, describe, expect, it } from 'vitest';
import { zoomHostCandidates } from '../../db/zoom-schema.ts';
import { useTestApp } from '../../test/use-test-app.ts';
import { mailOf, reportIncidentNow } from './testing/incident-fixtures.ts';

const parley = useTestApp({ env: { NOTIFICATION_DIGEST_SECONDS: '1' } });
let organizationId: string;

beforeAll(async () => {
  ({ organizationId } = await parley.createOrganization('Name Order Co', [
    { role: 'admin', email: 'admin@name-order.test', language: 'en' },
    { role: 'admin', email: 'kanri@name-order.test', language: 'ja' },
  ]));
  // A host without a label of its own: named from Zoom's name parts.
  await parley.database.db.insert(zoomHostCandidates).values({
    organizationId,
    zoomAccountId: 'account-name-order',
    zoomUserId: 'zoom-user-sato',
    email: 'sato@name-order.test',
    firstName: 'Hana',
    lastName: 'Sato',
    type: 2,
    status: 'active',
  });
  await reportIncidentNow(parley, {
    organizationId,
    // Recorded in English order when the meeting failed.
    facts: { kind: 'meeting_deleted_in_zoom', hostZoomUserId: 'zoom-user-sato', hostLabel: 'Hana Sato' },
    interviewIds: [],
  });
});
async function bellHostLabel(email: string) {
  const response = await parley.request({
    method: 'GET',
    url: '/api/notifications',
    as: await parley.login(email),
  });
  return response.json().notifications[0].facts.hostLabel as string;
}

describe("an incident's host", () => {
  it("is named in each admin's name order in the bell", async () => {
    expect(await bellHostLabel('admin@name-order.test')).toBe('Hana Sato <sato@name-order.test>');
    expect(await bellHostLabel('kanri@name-order.test')).toBe('Sato Hana <sato@name-order.test>');
  });

  it("is named in each admin's name order in the e-mail", async () => {
    const mail = await mailOf(parley, organizationId, 2);
    const japanese = mail.find((message) => message.to[0] === 'kanri@name-order.test')!;
    const english = mail.find((message) => message.to[0] === 'admin@name-order.test')!;
    expect(japanese.subject).toContain('Sato Hana <sato@name-order.test>');
    expect(english.subject).toContain('Hana Sato <sato@name-order.test>');
  });
});
