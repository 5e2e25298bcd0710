import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../bin/parley-zoom-emulator.mjs');

function runEmulator(args: string[]) {
  const child = spawn(process.execPath, [BIN, '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    });
    child.on('exit', (code) => reject(new Error(`exited with ${code}: ${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, url, exited };
}

describe('parley-zoom-emulator', () => {
  it('serves the default seed and stops cleanly on SIGTERM', async () => {
    const emulator = runEmulator([]);
    const url = await emulator.url;
    const state = (await (await fetch(`${url}/_emulator/state`)).json()) as { accounts: { key: string }[] };
    expect(state.accounts.map((account) => account.key)).toEqual(['acme', 'globex']);
    emulator.child.kill('SIGTERM');
    expect(await emulator.exited).toBe(0);
  });

  it('loads --seed and applies --webhook-url to apps that set none', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'zoom-emulator-'));
    const seedFile = join(directory, 'seed.json');
    writeFileSync(
      seedFile,
      JSON.stringify({
        accounts: [
          {
            key: 'solo',
            name: 'Solo',
            plan: 'pro',
            users: [{ email: 'me@solo.test', firstName: 'Me', lastName: 'Solo', role: 'owner' }],
          },
        ],
        apps: [
          {
            clientId: 'app',
            clientSecret: 'secret',
            name: 'App',
            type: 'admin',
            scopes: ['user:read:user:admin'],
            webhookSecret: 'w',
          },
        ],
      }),
    );
    const emulator = runEmulator(['--seed', seedFile, '--webhook-url', 'http://127.0.0.1:1/hooks']);
    try {
      const state = (await (await fetch(`${await emulator.url}/_emulator/state`)).json()) as {
        accounts: { key: string }[];
        apps: { webhookUrl: string }[];
      };
      expect(state.accounts.map((account) => account.key)).toEqual(['solo']);
      expect(state.apps[0]!.webhookUrl).toBe('http://127.0.0.1:1/hooks');
    } finally {
      emulator.child.kill('SIGTERM');
      await emulator.exited;
    }
  });

  it('explains a bad seed file and exits non-zero', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'zoom-emulator-'));
    const seedFile = join(directory, 'seed.json');
    writeFileSync(seedFile, JSON.stringify({ accounts: [] }));
    const child = spawn(process.execPath, [BIN, '--port', '0', '--seed', seedFile], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => {
      errors += chunk.toString();
    });
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).not.toBe(0);
    expect(errors).toContain('Invalid emulator seed');
  });
});
