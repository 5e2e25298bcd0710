import { ZoomApiError } from '@parley/zoom-client';
import { describe, expect, it } from 'vitest';
import { zoomAppError } from '../../zoom/access/zoom-app-error.ts';
import { failureReasonOf } from './fail-meeting-step.ts';

describe('failureReasonOf', () => {
  it('calls a refresh token Zoom no longer accepts a broken connection, not a missing scope', () => {
    // What a renewal after a revoked grant throws: the token endpoint's 4700 with invalid_grant.
    const refused = new ZoomApiError({
      status: 400,
      code: 4700,
      message: 'Invalid Token!',
      oauthError: 'invalid_grant',
    });
    expect(failureReasonOf(zoomAppError(refused))).toBe('connection_broken');
  });

  it('calls a REST answer 4711 a missing scope', () => {
    const noScope = new ZoomApiError({
      status: 400,
      code: 4711,
      message: 'Invalid access token, does not contain scopes',
    });
    expect(failureReasonOf(noScope)).toBe('scopes_missing');
  });

  it('tells a missing host, a refused host and a daily limit apart', () => {
    expect(
      failureReasonOf(new ZoomApiError({ status: 404, code: 1001, message: 'User does not exist' })),
    ).toBe('host_missing');
    expect(failureReasonOf(new ZoomApiError({ status: 400, code: 3161, message: 'not allowed' }))).toBe(
      'hosting_not_allowed',
    );
    const daily = new ZoomApiError({
      status: 429,
      code: 429,
      message: 'limit',
      rateLimitType: 'Daily-limit',
    });
    expect(failureReasonOf(daily)).toBe('daily_limit');
  });
});
