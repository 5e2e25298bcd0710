import { describe, expect, it } from 'vitest';
import { hashPassword } from '../accounts/passwords.ts';
import { findSecrets } from './log-secret-scan.ts';

describe('the log secret scan', () => {
  it.each([
    ['scrypt hash', async () => `{"msg":"x","detail":"${await hashPassword('whatever it is')}"}`],
    [
      'JWT-like token (Zoom access or refresh token)',
      async () => '{"t":"eyJhbGciOiJIUzUxMiJ9.eyJ2ZXIiOjEwfQ.abc"}',
    ],
    ['bearer token', async () => '{"authorization":"Bearer abcdefghijklmnopqrstuvwxyz"}'],
    ['session cookie', async () => '{"cookie":"parley_session=abcdefghijklmnopqrstuvwxyz012345"}'],
    ['secret field with its value', async () => '{"req":{"body":{"password":"hunter2hunter2"}}}'],
    ['secret field with its value', async () => '{"clientSecret":"s3cr3t"}'],
    [
      'database query parameters',
      async () => '{"err":{"message":"Failed query: insert …\\nparams: ada@x.test,scr"}}',
    ],
    ['a known test password or Zoom app secret', async () => '{"msg":"correct horse battery staple"}'],
  ])('finds a %s', async (kind, line) => {
    const findings = findSecrets(await line());
    expect(findings.map((finding) => finding.kind)).toContain(kind);
    expect(findings[0]!.line).toContain('‹SECRET›');
  });

  it('passes redacted lines and ordinary ones', () => {
    for (const line of [
      '{"req":{"url":"/invitations/[redacted]"},"password":"[redacted]","token":"[redacted]"}',
      '{"err":{"message":"Failed query: insert into \\"users\\"\\nparams: 7 [redacted]"}}',
      '{"msg":"request completed","res":{"statusCode":200},"responseTime":3.2}',
    ]) {
      expect(findSecrets(line)).toEqual([]);
    }
  });
});
