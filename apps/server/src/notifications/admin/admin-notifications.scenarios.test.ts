import type { AdminNotifications } from '@parley/api-contract';
import { beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../accounts/passwords.ts';
import { users } from '../../db/schema.ts';
import {
  hostingNotAllowed,
  interviewWhen,
  useInterviewTestWorld,
} from '../../interviews/testing/interview-test-world.ts';
import { eventually, type TestSession, testPassword } from '../../test/create-test-app.ts';
import { listenForZoomWebhooks, mailTo } from '../../zoom/testing/listen-for-zoom-webhooks.ts';
import { runOAuthFlow } from '../../zoom/testing/zoom-test-fixtures.ts';

const world = useInterviewTestWorld({
  // Long enough for the three failures below to land in one digest, short enough to wait for.
  env: { NOTIFICATION_DIGEST_SECONDS: '6' },
  hosts: [{ email: 'member1@acme.test', label: 'Kim' }],
});
/** A second admin, who reads German. */
let berta: TestSession;
const anna = 'admin@interview-acme.test';
const bertaEmail = 'berta@interview-acme.test';

beforeAll(async () => {
  await listenForZoomWebhooks(world.parley);
  await world.parley.database.db.insert(users).values({
    organizationId: world.organizationId,
    email: bertaEmail,
    name: 'Berta',
    role: 'admin',
    language: 'de',
    timeZone: 'Europe/Berlin',
    passwordHash: await hashPassword(testPassword),
  });
  berta = await world.parley.login(bertaEmail);
});

async function bell(as: TestSession = world.admin): Promise<AdminNotifications> {
  const response = await world.parley.request({ method: 'GET', url: '/api/notifications', as });
  expect(response.statusCode).toBe(200);
  return response.json();
}

/** The bell once `probe` finds what it waits for. */
function bellWhen(probe: (notifications: AdminNotifications) => boolean, as?: TestSession) {
  return eventually(async () => {
    const notifications = await bell(as);
    return probe(notifications) ? notifications : undefined;
  });
}

/** Mail to `to` whose subject matches, once there are `count` of them; then checks no more arrive. */
async function mailSettled(to: string, subject: RegExp, count: number) {
  const matching = async () =>
    (await mailTo(world.parley, world.organizationId, to)).filter((message) => subject.test(message.subject));
  await eventually(async () => ((await matching()).length >= count ? true : undefined), 30_000);
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  const messages = await matching();
  expect(messages).toHaveLength(count);
  return messages;
}

describe('admin notifications', () => {
  let failedIds: string[] = [];

  it('three interviews refused by Zoom for one cause are one incident listing three, e-mailed once per admin', async () => {
    world.parley.emulator.control.injectFault(hostingNotAllowed(3));
    const applicationIds = [
      await world.newApplication('Ada King'),
      await world.newApplication('Bo Lee'),
      await world.newApplication('Cy Park'),
    ];
    const failed = await Promise.all(
      applicationIds.map((applicationId, index) =>
        world.schedule({
          applicationId,
          startAt: `2030-03-0${index + 4}T09:00:00Z`,
          host: { kind: 'host_candidate', hostCandidateId: world.hosts['member1@acme.test']! },
          until: 'needs_attention',
        }),
      ),
    );
    failedIds = failed.map((interview) => interview.id);

    const notifications = await bellWhen((current) => current.notifications[0]?.interviews.length === 3);
    expect(notifications.unreadCount).toBe(1);
    expect(notifications.notifications).toHaveLength(1);
    expect(notifications.notifications[0]).toMatchObject({
      kind: 'meeting_failed',
      read: false,
      resolvedAt: null,
      facts: { hostLabel: 'Kim', status: 400, zoomCode: 3161 },
    });
    expect(notifications.notifications[0]!.interviews.map((interview) => interview.candidateName)).toEqual([
      'Ada King',
      'Bo Lee',
      'Cy Park',
    ]);

    const [english] = await mailSettled(anna, /Zoom refused interview meetings on host Kim/, 1);
    expect(english!.text).toContain('Affected interviews (3):');
    for (const id of failedIds) expect(english!.text).toContain(`/interviews/${id}`);
    const [german] = await mailSettled(
      bertaEmail,
      /Zoom hat Interview-Meetings auf dem Host Kim abgelehnt/,
      1,
    );
    expect(german!.text).toContain('Betroffene Interviews (3):');
    expect(german!.text).toContain('Mo., 4. März 2030, 10:00 MEZ');

    // Only admins have a bell.
    const forbidden = await world.parley.request({
      method: 'GET',
      url: '/api/notifications',
      as: world.recruiter,
    });
    expect(forbidden.statusCode).toBe(403);
  });

  it('marks a notification read for the one admin who read it', async () => {
    const [incident] = (await bell()).notifications;
    const read = await world.parley.request({
      method: 'POST',
      url: `/api/notifications/${incident!.id}/read`,
      as: world.admin,
    });
    expect(read.statusCode).toBe(204);
    expect(await bell()).toMatchObject({ unreadCount: 0, notifications: [{ id: incident!.id, read: true }] });
    expect((await bell(berta)).unreadCount).toBe(1);
    const unknown = await world.parley.request({
      method: 'POST',
      url: `/api/notifications/${crypto.randomUUID()}/read`,
      as: world.admin,
    });
    expect(unknown.statusCode).toBe(404);
  });

  it('a failed-meeting incident resolves once every interview it lists has its meeting', async () => {
    for (const id of failedIds) {
      const retried = await world.parley.request({
        method: 'POST',
        url: `/api/interviews/${id}/meeting/retry`,
        as: world.recruiter,
        payload: { version: 1 },
      });
      expect(retried.statusCode).toBe(200);
      const [incident] = (await bell()).notifications;
      if (id !== failedIds.at(-1)) {
        await interviewWhen(world, id, 'confirmed');
        expect((await bell()).notifications[0]).toMatchObject({ id: incident!.id, resolvedAt: null });
      }
    }
    const resolved = await bellWhen((current) => current.notifications[0]?.resolvedAt !== null);
    expect(resolved.notifications).toHaveLength(1);
    expect(resolved.unreadCount).toBe(0);
  });

  it('with e-mail turned off for a kind, the admin gets no e-mail but the bell; a host restored resolves it', async () => {
    const turnedOff = await world.parley.request({
      method: 'PUT',
      url: '/api/me/notification-preferences',
      as: world.admin,
      payload: { email: { host_cannot_host: false } },
    });
    expect(turnedOff.statusCode).toBe(200);
    expect(turnedOff.json().email).toEqual({
      zoom_connection_removed: true,
      zoom_connection_needs_reconnect: true,
      meeting_failed: true,
      meeting_deleted_in_zoom: true,
      host_cannot_host: false,
    });

    world.parley.emulator.control.setUserStatus('member1@acme.test', 'inactive');
    const sync = await world.parley.request({
      method: 'POST',
      url: '/api/zoom/account-users/sync',
      as: world.admin,
    });
    expect(sync.statusCode).toBe(200);
    const notifications = await bellWhen((current) =>
      current.notifications.some((notification) => notification.kind === 'host_cannot_host'),
    );
    expect(notifications.unreadCount).toBe(1);
    const hostIncident = notifications.notifications.find(
      (notification) => notification.kind === 'host_cannot_host',
    )!;
    expect(hostIncident).toMatchObject({ facts: { hostLabel: 'Kim', flag: 'deactivated' } });
    expect(hostIncident.interviews.map((interview) => interview.id).sort()).toEqual([...failedIds].sort());

    await mailSettled(bertaEmail, /Kim kann anstehende Interviews nicht mehr hosten/, 1);
    expect(await mailTo(world.parley, world.organizationId, anna)).toHaveLength(1);

    world.parley.emulator.control.setUserStatus('member1@acme.test', 'active');
    await world.parley.request({ method: 'POST', url: '/api/zoom/account-users/sync', as: world.admin });
    const restored = await bellWhen((current) =>
      current.notifications.some(
        (notification) => notification.kind === 'host_cannot_host' && notification.resolvedAt !== null,
      ),
    );
    expect(restored.unreadCount).toBe(0);
  });

  it('uninstalling the app in Zoom: one incident, one e-mail per admin, the bell shows 1; a reconnect resolves it', async () => {
    await world.parley.request({ method: 'POST', url: '/api/notifications/read-all', as: world.admin });
    expect((await bell()).unreadCount).toBe(0);

    world.parley.emulator.control.uninstallApp('acme', 'parley-org');
    const notifications = await bellWhen((current) => current.unreadCount === 1);
    const removed = notifications.notifications.filter(
      (notification) => notification.kind === 'zoom_connection_removed',
    );
    expect(removed).toHaveLength(1);
    expect(removed[0]).toMatchObject({
      read: false,
      resolvedAt: null,
      facts: { zoomUserEmail: 'admin@acme.test', reason: 'app_uninstalled' },
    });
    // The failed interviews are upcoming interviews of this connection, so the incident lists them.
    expect(removed[0]!.interviews).toHaveLength(3);

    const [english] = await mailSettled(anna, /was removed in Zoom/, 1);
    expect(english!.subject).toBe('The Zoom connection of Interview Acme was removed in Zoom');
    expect(english!.text).toContain('http://localhost:3000/settings/zoom');
    const [german] = await mailSettled(bertaEmail, /wurde in Zoom entfernt/, 1);
    expect(german!.subject).toBe('Die Zoom-Verbindung von Interview Acme wurde in Zoom entfernt');

    const reconnected = await runOAuthFlow(world.parley, {
      start: '/api/zoom/organization/authorize',
      as: world.admin,
      zoomEmail: 'admin@acme.test',
    });
    expect(reconnected.statusCode).toBe(303);
    const after = await bell();
    expect(after.unreadCount).toBe(0);
    expect(
      after.notifications.find((notification) => notification.id === removed[0]!.id)?.resolvedAt,
    ).not.toBeNull();
  });
});
