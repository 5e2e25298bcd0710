import { auditActionGroups } from '@parley/api-contract';
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../../i18n/en.json';
import zoom from '../../../i18n/zoom/en.json';
import { auditActionLabel } from './audit-actions.ts';
import { describeAuditDetails } from './audit-details.ts';

const formatInstant = (iso: string) => `<${iso}>`;

const t = i18next.createInstance();
await t.init({
  lng: 'en',
  resources: { en: { translation: en, zoom } },
  interpolation: { escapeValue: false },
});
const zoomT = t.getFixedT('en', 'zoom');

describe('describeAuditDetails', () => {
  it('reads a status change in words with its reason', () => {
    expect(
      describeAuditDetails(
        { from: 'connected', to: 'needs_reconnect', reason: 'zoom_admin_role_lost' },
        zoomT,
        formatInstant,
      ),
    ).toBe('Connected → Needs reconnect (Zoom admin role lost)');
  });

  it('lists other details as name: value pairs', () => {
    expect(
      describeAuditDetails(
        { added: ['a@acme.test', 'b@acme.test'], removed: [], total: 3 },
        zoomT,
        formatInstant,
      ),
    ).toBe('added: a@acme.test, b@acme.test · total: 3');
    expect(describeAuditDetails({ from: 'x', to: 'y' }, zoomT, formatInstant)).toBe('from: x · to: y');
    expect(
      describeAuditDetails(
        { added: [{ zoomUserId: 'z1', email: 'a@acme.test' }], flag: { from: null, to: 'deleted' } },
        zoomT,
        formatInstant,
      ),
    ).toBe('added: a@acme.test · flag: — → deleted');
    expect(describeAuditDetails({}, zoomT, formatInstant)).toBe('');
    expect(
      describeAuditDetails(
        {
          scopes: ['meeting:write:admin'],
          byStatus: { active: 363, pending: 1 },
          expiresAt: '2026-11-29T03:41:42.401Z',
          hostsChanged: null,
        },
        zoomT,
        formatInstant,
      ),
    ).toBe('byStatus: active 363, pending 1 · expiresAt: <2026-11-29T03:41:42.401Z>');
  });
});

describe('auditActionLabel', () => {
  it('names every action the filter offers, and shows unknown actions as their code', () => {
    const actions = [...auditActionGroups.zoom, ...auditActionGroups.accounts];
    const labels = actions.map((action) => auditActionLabel(action, t.t));
    expect(labels.filter((label, index) => label === actions[index])).toEqual([]);
    expect(new Set(labels).size).toBe(actions.length);
    expect(auditActionLabel('zoom.meeting.created_someday', t.t)).toBe('zoom.meeting.created_someday');
  });
});
