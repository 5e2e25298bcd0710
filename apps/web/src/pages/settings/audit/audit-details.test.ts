import { auditActionGroups } from '@parley/api-contract';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import auditDe from '../../../i18n/audit/de.json';
import auditEn from '../../../i18n/audit/en.json';
import auditJa from '../../../i18n/audit/ja.json';
import de from '../../../i18n/de.json';
import en from '../../../i18n/en.json';
import ja from '../../../i18n/ja.json';
import zoomDe from '../../../i18n/zoom/de.json';
import zoomEn from '../../../i18n/zoom/en.json';
import zoomJa from '../../../i18n/zoom/ja.json';
import { auditActionLabel } from './audit-actions.ts';
import { describeAuditDetails } from './audit-details.ts';

const formatInstant = (iso: string) => `<${iso}>`;

async function translator(language: 'en' | 'de' | 'ja') {
  const instance = i18next.createInstance();
  await instance.init({
    lng: language,
    resources: {
      en: { translation: en, audit: auditEn, zoom: zoomEn },
      de: { translation: de, audit: auditDe, zoom: zoomDe },
      ja: { translation: ja, audit: auditJa, zoom: zoomJa },
    },
    fallbackNS: 'translation',
    interpolation: { escapeValue: false },
  });
  return {
    t: instance.getFixedT(language, 'audit'),
    zoomT: instance.getFixedT(language, 'zoom'),
    sharedT: instance.getFixedT(language),
    formatInstant,
  };
}

const words = await translator('en');
const { t } = words;
const allActions = Object.values(auditActionGroups).flat();

describe('describeAuditDetails', () => {
  it('says a role change as a sentence in each language', async () => {
    const details = { from: 'recruiter', to: 'admin' };
    expect(describeAuditDetails('user.role_changed', details, words)).toBe(
      'Role changed from Recruiter to Admin.',
    );
    expect(describeAuditDetails('user.role_changed', details, await translator('de'))).toMatch(
      /^Rolle von .+ zu Admin geändert\.$/,
    );
    expect(describeAuditDetails('user.role_changed', details, await translator('ja'))).toMatch(
      /^ロールを.+から.+に変更しました。$/,
    );
  });

  it('reads a status change in words with its reason', () => {
    expect(
      describeAuditDetails(
        'zoom.organization.status_changed',
        { from: 'connected', to: 'needs_reconnect', reason: 'zoom_admin_role_lost', zoomAccountId: 'acc-1' },
        words,
      ),
    ).toBe('Status changed from Connected to Needs reconnect: Zoom admin role lost.');
  });

  it('says what a connection, a host change and a sync did, without internal keys', () => {
    expect(
      describeAuditDetails(
        'zoom.organization.connected',
        {
          via: 'admin_link',
          status: 'connected',
          authType: 'oauth',
          zoomUserEmail: 'admin@acme.test',
          scopes: ['meeting:write:admin'],
          replaced: { zoomUserEmail: 'owner@acme.test' },
        },
        words,
      ),
    ).toBe(
      'Connected as admin@acme.test. Authorized by a Zoom admin through a link. This replaced the previous connection.',
    );
    expect(
      describeAuditDetails(
        'zoom.host_candidates.changed',
        {
          zoomAccountId: 'acc-1',
          added: [{ zoomUserId: 'z1', email: 'a@acme.test' }],
          removed: [],
          relabeled: [{ zoomUserId: 'z2', email: 'b@acme.test', from: 'Ben', to: 'Room B' }],
        },
        words,
      ),
    ).toBe('Added as hosts: a@acme.test. b@acme.test renamed from “Ben” to “Room B”.');
    expect(
      describeAuditDetails(
        'zoom.account_users.synced',
        { total: 364, byStatus: { active: 363 }, zoomAccountId: 'acc-1' },
        words,
      ),
    ).toBe('Zoom users in the account: 364.');
    expect(
      describeAuditDetails('zoom.admin_link.created', { expiresAt: '2026-11-29T03:41:42.401Z' }, words),
    ).toBe('The link is valid until <2026-11-29T03:41:42.401Z>.');
  });

  it('describes recruiting and interview events', () => {
    expect(
      describeAuditDetails(
        'application.moved',
        { fromStageId: 's1', fromStage: 'Screening', toStageId: 's2', toStage: 'Interview' },
        words,
      ),
    ).toBe('Moved from “Screening” to “Interview”.');
    expect(
      describeAuditDetails(
        'interview.scheduled',
        { applicationId: 'a1', startAt: '2026-12-01T09:00:00.000Z', timeZone: 'Asia/Tokyo', video: true },
        words,
      ),
    ).toBe('Interview on <2026-12-01T09:00:00.000Z>.');
  });

  it('never shows raw keys: details it has no sentence for are left out', () => {
    for (const action of allActions) {
      const text = describeAuditDetails(
        action,
        { zoomAccountId: 'acc-1', fields: ['title'], stageId: 's1', outcome: 'x', via: 'oauth' },
        words,
      );
      expect(text, action).not.toMatch(/zoomAccountId|fields|stageId|outcome|via:|acc-1/);
    }
  });
});

describe('auditActionLabel', () => {
  it.each(['en', 'de', 'ja'] as const)('names every action the server records in %s', async (language) => {
    const translate = (await translator(language)).t;
    const labels = allActions.map((action) => auditActionLabel(action, translate));
    expect(labels.filter((label, index) => label === allActions[index])).toEqual([]);
    expect(new Set(labels).size).toBe(allActions.length);
  });

  it('shows an action it does not know as its code', () => {
    expect(auditActionLabel('zoom.meeting.created_someday', t)).toBe('zoom.meeting.created_someday');
  });
});
