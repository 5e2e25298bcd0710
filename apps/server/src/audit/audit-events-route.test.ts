import type { AuditAction } from '@parley/api-contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditEvents } from '../db/schema.ts';
import type { TestSession } from '../test/create-test-app.ts';
import { useTestApp } from '../test/use-test-app.ts';
import { recordAuditEvent } from './record-audit-event.ts';

const parley = useTestApp();
let admin: TestSession;
let recruiter: TestSession;
let interviewer: TestSession;
let otherAdmin: TestSession;
let otherEventId: string;

const at = (minute: number) => new Date(Date.UTC(2030, 0, 1, 9, minute));

beforeAll(async () => {
  const acme = await parley.createOrganization('Audit Acme');
  const other = await parley.createOrganization('Audit Other');
  admin = await parley.login('admin@audit-acme.test');
  recruiter = await parley.login('recruiter@audit-acme.test');
  interviewer = await parley.login('interviewer@audit-acme.test');
  otherAdmin = await parley.login('admin@audit-other.test');
  const adminId = acme.userIds['admin@audit-acme.test']!;
  const recruiterId = acme.userIds['recruiter@audit-acme.test']!;
  const rows: (typeof auditEvents.$inferInsert)[] = [];
  for (let minute = 0; minute < 7; minute++) {
    rows.push({
      organizationId: acme.organizationId,
      actorUserId: minute % 2 === 0 ? adminId : recruiterId,
      action: minute < 4 ? 'zoom.organization.connected' : 'zoom.host_candidates.changed',
      result: 'success',
      at: at(minute),
      metadata: { zoomAccountId: 'acct-1', zoomUserEmail: 'admin@acme.test', minute },
    });
  }
  // Three events of one transaction share their instant.
  for (const tie of [1, 2, 3]) {
    rows.push({
      organizationId: acme.organizationId,
      actorUserId: null,
      action: 'zoom.organization.status_changed',
      result: 'failure',
      at: at(10),
      metadata: { tie },
    });
  }
  await parley.database.db.insert(auditEvents).values(rows);
  const [foreign] = await parley.database.db
    .insert(auditEvents)
    .values({
      organizationId: other.organizationId,
      actorUserId: other.userIds['admin@audit-other.test']!,
      action: 'zoom.organization.connected',
      result: 'success',
      at: at(5),
      metadata: { secretive: true },
    })
    .returning({ id: auditEvents.id });
  otherEventId = foreign!.id;
});

/** Sign-ins are audited too; the seeded events lie in 2030, so `?from=` keeps the sign-ins out. */
const seeded = `from=${encodeURIComponent('2030-01-01T00:00:00Z')}`;
const list = async (query: string, as = admin) => {
  const separator = query.startsWith('?') ? '&' : '?';
  const url = `/api/audit-events${query}${query.includes('from=') ? '' : `${separator}${seeded}`}`;
  const response = await parley.request({ method: 'GET', url, as });
  expect(response.statusCode).toBe(200);
  return response.json() as {
    events: {
      id: string;
      at: string;
      action: string;
      result: string;
      actor: { id: string; name: string } | null;
      zoomAccountId: string | null;
      zoomUserEmail: string | null;
      details: Record<string, unknown>;
    }[];
    nextBefore: string | null;
  };
};

describe('GET /api/audit-events', () => {
  it('lists the organization’s events newest first with actor, Zoom account and user', async () => {
    const { events, nextBefore } = await list('');
    expect(events).toHaveLength(10);
    expect(nextBefore).toBeNull();
    expect(events.map((event) => event.at)).toEqual([...events.map((event) => event.at)].sort().reverse());
    const connected = events.find((event) => event.details.minute === 0)!;
    expect(connected).toMatchObject({
      action: 'zoom.organization.connected',
      result: 'success',
      actor: { id: admin.userId, name: 'admin of Audit Acme' },
      zoomAccountId: 'acct-1',
      zoomUserEmail: 'admin@acme.test',
      details: { minute: 0 },
    });
    const system = events.find((event) => event.details.tie === 1)!;
    expect(system).toMatchObject({
      actor: null,
      zoomAccountId: null,
      zoomUserEmail: null,
      result: 'failure',
    });
  });

  it('pages with the before cursor without dropping or repeating events, ties included', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    let pages = 0;
    while (cursor !== null) {
      const page = await list(`?limit=3${cursor ? `&before=${cursor}` : ''}`);
      seen.push(...page.events.map((event) => event.id));
      cursor = page.nextBefore;
      pages++;
    }
    expect(pages).toBe(4);
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    expect(seen).toEqual((await list('?limit=200')).events.map((event) => event.id));
  });

  it('filters by action, actor and time range', async () => {
    const byAction = await list('?action=zoom.host_candidates.changed');
    expect(byAction.events.map((event) => event.details.minute)).toEqual([6, 5, 4]);
    const byActor = await list(`?actorUserId=${recruiter.userId}`);
    expect(byActor.events.map((event) => event.details.minute)).toEqual([5, 3, 1]);
    const range = await list(`?from=${at(2).toISOString()}&to=${at(5).toISOString()}`);
    expect(range.events.map((event) => event.details.minute)).toEqual([4, 3, 2]);
    const combined = await list(
      `?action=zoom.organization.connected&actorUserId=${admin.userId}&from=${encodeURIComponent('2030-01-01T10:01:00+01:00')}`,
    );
    expect(combined.events.map((event) => event.details.minute)).toEqual([2]);
  });

  it('never shows another organization’s events, not even through a cursor or an actor filter', async () => {
    const other = await list('', otherAdmin);
    expect(other.events).toHaveLength(1);
    expect(other.events[0]!.id).toBe(otherEventId);
    expect((await list(`?before=${otherEventId}`)).events).toEqual([]);
    expect((await list(`?actorUserId=${otherAdmin.userId}`)).events).toEqual([]);
  });

  it('is for admins only', async () => {
    const url = '/api/audit-events';
    expect((await parley.request({ method: 'GET', url })).statusCode).toBe(401);
    expect((await parley.request({ method: 'GET', url, as: recruiter })).statusCode).toBe(403);
    expect((await parley.request({ method: 'GET', url, as: interviewer })).statusCode).toBe(403);
  });

  it('rejects bad filters with VALIDATION_FAILED', async () => {
    for (const query of ['?limit=0', '?limit=201', '?from=yesterday', '?before=42', '?actorUserId=me']) {
      const response = await parley.request({ method: 'GET', url: `/api/audit-events${query}`, as: admin });
      expect(response.statusCode, query).toBe(400);
      expect(response.json().error.code).toBe('VALIDATION_FAILED');
    }
  });
});

describe('the order of the audit log', () => {
  /** The newest events of Audit Other with these actions, as the API lists them (newest first). */
  async function listed(actions: string[]) {
    const { events } = await list('?from=2000-01-01T00:00:00Z&limit=200', otherAdmin);
    return events.filter((event) => actions.includes(event.action));
  }

  /** An event under a name only this test writes, so the listing holds nothing else. */
  const event = (action: string) => ({
    organizationId: otherAdmin.organizationId,
    actorUserId: null,
    action: action as AuditAction,
    result: 'success' as const,
  });

  it('gives two events of one transaction their real times, listed in the order they were written', async () => {
    await parley.database.transaction(async (tx) => {
      await recordAuditEvent(tx, event('order.first'));
      await new Promise((resolve) => setTimeout(resolve, 20));
      await recordAuditEvent(tx, event('order.second'));
    });
    const [second, first] = await listed(['order.first', 'order.second']);
    expect([second!.action, first!.action]).toEqual(['order.second', 'order.first']);
    expect(new Date(second!.at).getTime() - new Date(first!.at).getTime()).toBeGreaterThanOrEqual(15);
  });

  // Two transactions at once need two connections: PostgreSQL (npm run test:pg); PGlite runs one at a time.
  it.runIf(usesPostgres())(
    'lists an effect after its cause even when the effect’s transaction began first (PostgreSQL)',
    async () => {
      await parley.database.transaction(async (effectTx) => {
        await effectTx.executeSql('SELECT 1');
        await new Promise((resolve) => setTimeout(resolve, 20));
        await parley.database.transaction((causeTx) => recordAuditEvent(causeTx, event('order.cause')));
        await recordAuditEvent(effectTx, event('order.effect'));
      });
      const [effect, cause] = await listed(['order.cause', 'order.effect']);
      expect([effect!.action, cause!.action]).toEqual(['order.effect', 'order.cause']);
      expect(new Date(effect!.at).getTime()).toBeGreaterThanOrEqual(new Date(cause!.at).getTime());
    },
  );
});

function usesPostgres(): boolean {
  return Boolean(process.env.DATABASE_URL);
}
