import { completeAuthorization } from '@parley/zoom-emulator';
import { beforeAll, describe, expect, it } from 'vitest';
import { redactUrl } from '../../logger.ts';
import { followZoomRedirect, useZoomTestApp } from '../testing/zoom-test-fixtures.ts';

let logs = '';
const parley = useZoomTestApp({
  logDestination: {
    write: (line: string) => {
      logs += line;
    },
  },
});

beforeAll(async () => {
  await parley.createOrganization('Quiet Co', [{ role: 'admin' }]);
});

describe('Zoom secrets never reach the logs', () => {
  it('redacts the callback query and admin-link tokens in logged URLs', () => {
    expect(redactUrl('/oauth/zoom/callback?code=abc&state=def')).toBe('/oauth/zoom/callback?[redacted]');
    expect(redactUrl('/api/zoom/admin-links/a.1.b/authorize')).toBe(
      '/api/zoom/admin-links/[redacted]/authorize',
    );
    expect(redactUrl('/zoom/admin-authorize/a.1.b')).toBe('/zoom/admin-authorize/[redacted]');
  });

  it('logs neither code, state, link token, access token nor client secret through a whole connect', async () => {
    const admin = await parley.login('admin@quiet-co.test');
    const link = await parley.request({
      method: 'POST',
      url: '/api/zoom/organization/admin-link',
      as: admin,
    });
    const token = link.json().url.split('/zoom/admin-authorize/')[1] as string;
    await parley.request({ method: 'GET', url: `/api/zoom/admin-links/${token}` });
    const started = await parley.request({ method: 'POST', url: `/api/zoom/admin-links/${token}/authorize` });
    const atZoom = await completeAuthorization({
      authorizeUrl: started.json().authorizeUrl,
      email: 'owner@acme.test',
    });
    if (atZoom.kind !== 'redirect') throw new Error('Zoom stopped');
    await followZoomRedirect(parley, atZoom.location);
    await parley.request({
      method: 'POST',
      url: '/api/zoom/organization/server-to-server/test',
      as: admin,
      payload: {
        accountId: 'dcy_kSqMSxS5qozGYGI9gu',
        clientId: 'parley-s2s',
        clientSecret: 'parley-s2s-secret',
      },
    });
    const [row] = await parley.database
      .executeSql('SELECT sealed_access_token FROM zoom_connections')
      .then((r) => r.rows);
    const accessToken = parley.services.secretBox.open(String(row!.sealed_access_token));

    expect(logs).toContain('/oauth/zoom/callback?[redacted]');
    for (const secret of [
      atZoom.code!,
      atZoom.state!,
      token,
      token.split('.')[0]!,
      accessToken,
      'parley-s2s-secret',
    ]) {
      expect(logs).not.toContain(secret);
    }
  });
});
