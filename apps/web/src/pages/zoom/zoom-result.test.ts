import { describe, expect, it } from 'vitest';
import { parseZoomResult } from './zoom-result.ts';

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
