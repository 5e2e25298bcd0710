import { type AuditSubject, auditActionGroups } from '@parley/api-contract';
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
    formatList: (items: string[]) => new Intl.ListFormat(language, { type: 'conjunction' }).format(items),
  };
}

const words = await translator('en');
const { t } = words;
const allActions = Object.values(auditActionGroups).flat();

/** An event as the listing answers it, about `subject` (none unless given). */
const event = (action: string, details: Record<string, unknown>, subject: AuditSubject | null = null) => ({
  action,
  details,
  subject,
});

describe('describeAuditDetails', () => {
  it('says a role change as a sentence in each language', async () => {
    const details = { from: 'recruiter', to: 'admin' };
    expect(describeAuditDetails(event('user.role_changed', details), words)).toBe(
      'Role changed from Recruiter to Admin.',
    );
    expect(describeAuditDetails(event('user.role_changed', details), await translator('de'))).toMatch(
      /^Rolle von .+ zu Admin geändert\.$/,
    );
    expect(describeAuditDetails(event('user.role_changed', details), await translator('ja'))).toMatch(
      /^ロールを.+から.+に変更しました。$/,
    );
  });

  it('reads a status change in words with its reason', () => {
    expect(
      describeAuditDetails(
        event('zoom.organization.status_changed', {
          from: 'connected',
          to: 'needs_reconnect',
          reason: 'zoom_admin_role_lost',
          zoomAccountId: 'acc-1',
        }),
        words,
      ),
    ).toBe('Status changed from Connected to Needs reconnect: Zoom admin role lost.');
  });

  it('says what a connection, a host change and a sync did, without internal keys', () => {
    expect(
      describeAuditDetails(
        event('zoom.organization.connected', {
          via: 'admin_link',
          status: 'connected',
          authType: 'oauth',
          zoomUserEmail: 'admin@acme.test',
          scopes: ['meeting:write:admin'],
          replaced: { zoomUserEmail: 'owner@acme.test' },
        }),
        words,
      ),
    ).toBe(
      'Connected as admin@acme.test. Authorized by a Zoom admin through a link. This replaced the previous connection.',
    );
    expect(
      describeAuditDetails(
        event('zoom.host_candidates.changed', {
          zoomAccountId: 'acc-1',
          added: [{ zoomUserId: 'z1', email: 'a@acme.test' }],
          removed: [],
          relabeled: [{ zoomUserId: 'z2', email: 'b@acme.test', from: 'Ben', to: 'Room B' }],
        }),
        words,
      ),
    ).toBe('Added as hosts: a@acme.test. b@acme.test renamed from “Ben” to “Room B”.');
    expect(
      describeAuditDetails(
        event('zoom.account_users.synced', { total: 364, byStatus: { active: 363 }, zoomAccountId: 'acc-1' }),
        words,
      ),
    ).toBe('Zoom users in the account: 364.');
    expect(
      describeAuditDetails(
        event('zoom.admin_link.created', { expiresAt: '2026-11-29T03:41:42.401Z' }),
        words,
      ),
    ).toBe('The link is valid until <2026-11-29T03:41:42.401Z>.');
  });

  it('describes recruiting and interview events', () => {
    expect(
      describeAuditDetails(
        event('application.moved', {
          fromStageId: 's1',
          fromStage: 'Screening',
          toStageId: 's2',
          toStage: 'Interview',
        }),
        words,
      ),
    ).toBe('Moved from “Screening” to “Interview”.');
    expect(
      describeAuditDetails(
        event('interview.scheduled', {
          applicationId: 'a1',
          startAt: '2026-12-01T09:00:00.000Z',
          timeZone: 'Asia/Tokyo',
          video: true,
        }),
        words,
      ),
    ).toBe('Interview on <2026-12-01T09:00:00.000Z>.');
  });

  it('never shows raw keys: details it has no sentence for are left out', () => {
    for (const action of allActions) {
      const text = describeAuditDetails(
        event(action, {
          zoomAccountId: 'acc-1',
          fields: ['title'],
          stageId: 's1',
          outcome: 'x',
          via: 'oauth',
        }),
        words,
      );
      expect(text, action).not.toMatch(/zoomAccountId|fields|stageId|outcome|via:|acc-1/);
    }
  });
});

const ben: AuditSubject = { type: 'user', id: 'u1', name: 'Ben Baker', jobTitle: null };
const chiara: AuditSubject = { type: 'application', id: 'a1', name: 'Chiara Conti', jobTitle: 'SRE' };
const backend: AuditSubject = { type: 'job', id: 'j1', name: 'Backend Engineer', jobTitle: null };

describe('describeAuditDetails names whom an event is about', () => {
  it('says whose role changed, in each language', async () => {
    const roleChange = event('user.role_changed', { from: 'recruiter', to: 'admin' }, ben);
    expect(describeAuditDetails(roleChange, words)).toBe(
      'Role of Ben Baker changed from Recruiter to Admin.',
    );
    expect(describeAuditDetails(roleChange, await translator('de'))).toBe(
      'Ben Baker hat jetzt die Rolle Admin statt Recruiter:in.',
    );
    expect(describeAuditDetails(roleChange, await translator('ja'))).toMatch(
      /^Ben Baker のロールを.+から.+に変更しました。$/,
    );
    expect(describeAuditDetails(event('user.deactivated', {}, ben), words)).toBe(
      'Ben Baker can no longer sign in.',
    );
  });

  it('says whose application moved and for which job', () => {
    expect(
      describeAuditDetails(
        event('application.moved', { fromStage: 'Screening', toStage: 'Interview' }, chiara),
        words,
      ),
    ).toBe('Chiara Conti for “SRE”. Moved from “Screening” to “Interview”.');
  });

  it('says a deleted candidate is gone instead of naming nobody', () => {
    const gone: AuditSubject = { type: 'candidate', id: 'c1', name: null, jobTitle: null };
    expect(describeAuditDetails(event('candidate.updated', { fields: ['phone'] }, gone), words)).toBe(
      'The candidate has since been deleted.',
    );
  });
});

describe('describeAuditDetails has a sentence for', () => {
  const cases: [string, Record<string, unknown>, AuditSubject | null, string][] = [
    [
      'job.updated',
      { fields: ['title', 'location', 'hiringTeam'] },
      backend,
      'Job “Backend Engineer”. Changed: title, location, and hiring team.',
    ],
    [
      'stage.updated',
      { stageId: 's1', fields: ['name', 'defaultDurationMinutes'], from: 'Screen', to: 'Phone screen' },
      backend,
      'Job “Backend Engineer”. Stage renamed from “Screen” to “Phone screen”. Changed in the stage: interview length.',
    ],
    [
      'stage.reordered',
      { from: ['s1', 's2'], to: ['s2', 's1'] },
      backend,
      'Job “Backend Engineer”. The stages were put in a new order.',
    ],
    ['candidate.created', {}, { ...chiara, type: 'candidate', jobTitle: null }, 'Chiara Conti was added.'],
    [
      'candidate.updated',
      { fields: ['phone', 'tags'] },
      { ...chiara, type: 'candidate', jobTitle: null },
      'Changed for Chiara Conti: phone and tags.',
    ],
    [
      'candidate.merged',
      {},
      { ...chiara, type: 'candidate', jobTitle: null },
      'A duplicate’s details were merged into Chiara Conti.',
    ],
    [
      'candidates.imported',
      { created: 12, merged: 2, applied: 14 },
      backend,
      'Job “Backend Engineer”. New candidates: 12. Merged into existing candidates: 2. Applications added: 14.',
    ],
    [
      'interview.host_chosen',
      { explanation: { choice: 'auto', chosen: { label: 'Kim Kato' }, skipped: [] } },
      chiara,
      'Chiara Conti for “SRE”. Host: Kim Kato.',
    ],
    [
      'interview.meeting_changed_in_zoom',
      {
        zoomMeetingId: '91',
        startAt: '2026-12-01T10:00:00.000Z',
        durationMinutes: 45,
        topic: 'Chat',
        noticedAt: 'x',
      },
      chiara,
      'Chiara Conti for “SRE”. In Zoom it now starts <2026-12-01T10:00:00.000Z>, lasts 45 minutes and is called “Chat”.',
    ],
    [
      'zoom.organization.connect_failed',
      { outcome: 'link_expired', via: 'admin_link' },
      null,
      'This link has expired.',
    ],
    [
      'zoom.personal.connect_failed',
      { outcome: 'access_denied', via: 'oauth' },
      null,
      'Zoom was not connected.',
    ],
  ];
  it.each(cases)('%s', (action, details, subject, sentence) => {
    expect(describeAuditDetails(event(action, details, subject), words)).toBe(sentence);
  });

  it('the Server-to-Server test, without the secret', () => {
    const tested = { action: 'zoom.organization.server_to_server_tested', subject: null };
    expect(describeAuditDetails({ ...tested, result: 'success', details: { clientId: 'cid' } }, words)).toBe(
      'Zoom accepted the credentials.',
    );
    expect(
      describeAuditDetails(
        {
          ...tested,
          result: 'failure',
          details: { clientId: 'cid', zoomCode: '4700', zoomMessage: 'Invalid client' },
        },
        words,
      ),
    ).toBe('Zoom did not accept the credentials: Invalid client');
  });

  it.each(['de', 'ja'] as const)('each of them in %s, not in English', async (language) => {
    const translated = await translator(language);
    for (const [action, details, subject, english] of cases) {
      const sentence = describeAuditDetails(event(action, details, subject), translated);
      expect(sentence, action).not.toBe('');
      expect(sentence, action).not.toBe(english);
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
