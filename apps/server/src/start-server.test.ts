import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';
import { organizations } from './db/schema.ts';
import { type RunningServer, startServer } from './start-server.ts';
import { createTestDataLocation } from './test/test-database.ts';

// Only PostgreSQL can be shared by several instances: a PGlite data directory is locked to one process.
describe.skipIf(!process.env.DATABASE_URL)('instances starting together (PostgreSQL only)', () => {
  it('all three come up on an empty database: migrations, the job queue and the demo seed take turns', async () => {
    const location = await createTestDataLocation();
    const config = {
      ...loadConfig({
        ...location.env,
        // Beside the shared database: each instance's embedded Zoom emulator keeps its world in DATA_DIR.
        DATA_DIR: await mkdtemp(path.join(os.tmpdir(), 'parley-instances-')),
        LOG_LEVEL: 'silent',
        PUBLIC_URL: 'http://parley.test',
        SEED_DEMO: 'true',
        ZOOM_EMULATOR_PORT: '0',
      }),
      encryptionKey: randomBytes(32),
    };
    const starts = Array.from({ length: 3 }, () =>
      startServer(config, { listen: false, logger: pino({ level: 'silent' }) }),
    );
    const outcomes = await Promise.allSettled(starts);
    const servers = outcomes.flatMap((outcome) => (outcome.status === 'fulfilled' ? [outcome.value] : []));
    try {
      expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
      for (const server of servers) {
        const ready = await server.app.inject({ method: 'GET', url: '/readyz' });
        expect(ready.statusCode).toBe(200);
      }
      const seeded = await servers[0]!.services.database.db.select().from(organizations);
      expect(seeded).toHaveLength(1);
    } finally {
      await Promise.all(servers.map((server: RunningServer) => server.close()));
      await location.dispose();
    }
  }, 120_000);
});
