import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, renderConfigurationTable } from './config.ts';
import { loadEncryptionKey } from './secrets/encryption-key.ts';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 3000,
      host: '0.0.0.0',
      dataDir: path.resolve('data'),
      databaseUrl: undefined,
      smtpUrl: undefined,
      publicUrl: 'http://localhost:3000',
      seedDemo: true,
      sessionTtlDays: 14,
      logLevel: 'info',
    });
  });

  it('derives PUBLIC_URL from PORT and drops a trailing slash from a given one', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://parley.example.com/' }).publicUrl).toBe(
      'https://parley.example.com',
    );
  });

  it('does not seed demo data on PostgreSQL unless asked to', () => {
    const databaseUrl = 'postgres://parley@db.example.com/parley';
    expect(loadConfig({ DATABASE_URL: databaseUrl }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: databaseUrl, SEED_DEMO: 'true' }).seedDemo).toBe(true);
  });

  it.each([
    ['PORT', 'abc', 'PORT: expected an integer from 0 to 65535, got "abc"'],
    ['PORT', '70000', 'PORT: expected an integer from 0 to 65535, got "70000"'],
    ['PUBLIC_URL', 'localhost:3000', 'PUBLIC_URL: expected an http:// or https:// URL, got "localhost:3000"'],
    [
      'LOG_LEVEL',
      'verbose',
      'LOG_LEVEL: expected fatal, error, warn, info, debug, trace, silent, got "verbose"',
    ],
    ['SEED_DEMO', 'maybe', 'SEED_DEMO: expected true or false, got "maybe"'],
  ])('stops with a message naming %s and what it expects', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it('lists every bad variable at once and never echoes a secret', () => {
    const secret = 'mysql://root:hunter2@db';
    let error: unknown;
    try {
      loadConfig({ PORT: '-1', DATABASE_URL: secret, ENCRYPTION_KEY: 'c2hvcnQ=' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toContain('PORT: expected');
    expect(message).toContain(
      'DATABASE_URL: expected a postgres:// or postgresql:// URL, got a value of 23 characters (not shown)',
    );
    expect(message).toContain(
      'ENCRYPTION_KEY: expected base64 of exactly 32 bytes, got a value of 8 characters (not shown)',
    );
    expect(message).not.toContain('hunter2');
    expect(message).not.toContain('c2hvcnQ=');
  });

  it('says how long DEMO_PASSWORD must be and how long the given one is, without echoing it', () => {
    expect(() => loadConfig({ DEMO_PASSWORD: 'abc123' })).toThrow(
      'DEMO_PASSWORD: expected at least 10 characters, got a value of 6 characters (not shown)',
    );
    expect(() => loadConfig({ DEMO_PASSWORD: 'abc123' })).not.toThrow(/abc123/);
    expect(renderConfigurationTable()).toMatch(/\| `DEMO_PASSWORD` \|[^\n]*at least 10 characters/);
  });

  it('renders a README table row for every variable', () => {
    const table = renderConfigurationTable();
    for (const name of [
      'PORT',
      'HOST',
      'DATA_DIR',
      'DATABASE_URL',
      'SMTP_URL',
      'ENCRYPTION_KEY',
      'PUBLIC_URL',
    ]) {
      expect(table).toMatch(new RegExp(`^\\| \`${name}\` \\|`, 'm'));
    }
    expect(table).toContain('| `PORT` | 3000 |');
  });
});

describe('loadEncryptionKey', () => {
  it('generates a key into DATA_DIR with mode 0600 once and reads the same key afterwards', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'parley-key-'));
    try {
      const config = loadConfig({ DATA_DIR: dataDir });
      const first = await loadEncryptionKey(config);
      const second = await loadEncryptionKey(config);
      expect(first).toHaveLength(32);
      expect(second.equals(first)).toBe(true);
      const keyFile = path.join(dataDir, 'encryption.key');
      expect((await stat(keyFile)).mode & 0o777).toBe(0o600);
      expect(Buffer.from((await readFile(keyFile, 'utf8')).trim(), 'base64').equals(first)).toBe(true);
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });

  it('requires ENCRYPTION_KEY with DATABASE_URL, because instances must share it', async () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://db.example.com/parley' });
    await expect(loadEncryptionKey(config)).rejects.toThrow(
      /ENCRYPTION_KEY: .*required when DATABASE_URL is set/,
    );
    const key = Buffer.alloc(32, 7);
    const withKey = loadConfig({
      DATABASE_URL: 'postgres://db.example.com/parley',
      ENCRYPTION_KEY: key.toString('base64'),
    });
    expect((await loadEncryptionKey(withKey)).equals(key)).toBe(true);
  });
});
