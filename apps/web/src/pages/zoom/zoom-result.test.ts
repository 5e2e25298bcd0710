import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import en from '../../i18n/en.json';
import zoom from '../../i18n/zoom/en.json';
import { parseZoomResult, zoomResultFlows, zoomResultMessage } from './zoom-result.ts';

const i18n = i18next.createInstance();
await i18n.init({
  lng: 'en',
  resources: { en: { translation: en, zoom } },
  interpolation: { escapeValue: false },
});
const zoomT = i18n.getFixedT('en', 'zoom');

/** The outcomes of docs/zoom-api.md, "The result page". */
const documentedOutcomes = [
  'connected',
  'access_denied',
  'state_invalid',
  'state_expired',
  'other_browser',
  'link_used',
  'link_expired',
  'not_zoom_admin',
  'wrong_zoom_account',
  'zoom_unavailable',
  'scopes_missing',
];

describe('parseZoomResult', () => {
  it('reads flow, outcome, Zoom’s code and the missing scopes', () => {
    expect(
      parseZoomResult(
        new URLSearchParams(
          'flow=personal&outcome=scopes_missing&missing=meeting:write:admin,user:read:admin',
        ),
      ),
    ).toEqual({
      flow: 'personal',
      outcome: 'scopes_missing',
      zoomCode: null,
      missing: ['meeting:write:admin', 'user:read:admin'],
    });
    expect(
      parseZoomResult(new URLSearchParams('flow=admin_link&outcome=zoom_unavailable&zoomCode=4700')),
    ).toEqual({
      flow: 'admin_link',
      outcome: 'zoom_unavailable',
      zoomCode: '4700',
      missing: [],
    });
  });

  it('accepts repeated missing scopes and treats an unknown flow as the organization’s', () => {
    const result = parseZoomResult(new URLSearchParams('flow=other&missing=a&missing=b c'));
    expect(result).toEqual({ flow: 'organization', outcome: '', zoomCode: null, missing: ['a', 'b', 'c'] });
  });
});

describe('zoomResultMessage', () => {
  it.each(zoomResultFlows)('names every documented outcome of the %s flow in its own words', (flow) => {
    const unknown = zoomResultMessage({ flow, outcome: 'x', zoomCode: null, missing: [] }, zoomT).heading;
    const headings = documentedOutcomes.map(
      (outcome) => zoomResultMessage({ flow, outcome, zoomCode: null, missing: [] }, zoomT).heading,
    );
    expect(headings).not.toContain(unknown);
    expect(new Set(headings).size).toBe(documentedOutcomes.length);
  });

  it('thanks a Zoom admin who completed a link, and tells others what to do next', () => {
    const result = { zoomCode: null, missing: [] };
    expect(zoomResultMessage({ ...result, flow: 'admin_link', outcome: 'connected' }, zoomT)).toEqual({
      succeeded: true,
      heading: 'Thank you — Zoom is connected',
      text: 'You have connected your organization’s Zoom account to Parley. Nothing else is needed.',
    });
    expect(zoomResultMessage({ ...result, flow: 'organization', outcome: 'bogus' }, zoomT)).toMatchObject({
      succeeded: false,
      text: expect.stringContaining('“bogus”'),
    });
  });
});
