import type { StoredZoomConnectionStatus } from '@parley/api-contract';
import { eq } from 'drizzle-orm';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { zoomConnections } from '../../db/zoom-schema.ts';
import { AppError } from '../../errors/app-error.ts';
import { useTestApp } from '../../test/use-test-app.ts';
import { describeZoomAccess, resolveZoomAccess } from './resolve-zoom-access.ts';

const parley = useTestApp();
let organizationId: string;
let otherOrganizationId: string;
let userId: string;
let otherUserId: string;

beforeAll(async () => {
  const organization = await parley.createOrganization('Precedence', [
    { role: 'admin' },
    { role: 'interviewer' },
  ]);
  organizationId = organization.organizationId;
  userId = organization.userIds['interviewer@precedence.test']!;
  const other = await parley.createOrganization('Elsewhere', [{ role: 'interviewer' }]);
  otherOrganizationId = other.organizationId;
  otherUserId = other.userIds['interviewer@elsewhere.test']!;
});

beforeEach(async () => {
  await parley.database.db.delete(zoomConnections);
});

async function store(kind: 'organization' | 'personal', status: StoredZoomConnectionStatus = 'connected') {
  const [row] = await parley.database.db
    .insert(zoomConnections)
    .values({
      organizationId,
      kind,
      userId: kind === 'personal' ? userId : null,
      authType: 'oauth',
      status,
      statusReason: status === 'connected' ? null : 'refresh_rejected',
      zoomAccountId: kind === 'personal' ? 'personal-account' : 'org-account',
      zoomUserId: `${kind}-zoom-user`,
      zoomUserEmail: `${kind}@zoom.test`,
      zoomUserName: kind,
      zoomUserRole: kind === 'personal' ? 'member' : 'admin',
    })
    .returning({ id: zoomConnections.id });
  return row!.id;
}

async function resolveCode(forUserId = userId): Promise<string> {
  try {
    const access = await resolveZoomAccess(parley.database.db, forUserId);
    return `${access.source}:${access.zoomUserEmail}`;
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
}

describe('resolveZoomAccess', () => {
  it('without any connection → ZOOM_NOT_CONNECTED', async () => {
    expect(await resolveCode()).toBe('ZOOM_NOT_CONNECTED');
    expect(await describeZoomAccess(parley.database.db, userId)).toEqual({
      source: 'none',
      connection: null,
      usable: false,
    });
  });

  it('with only the organization connection → the organization', async () => {
    await store('organization');
    expect(await resolveCode()).toBe('organization:organization@zoom.test');
  });

  it('with only a personal connection → personal', async () => {
    await store('personal');
    expect(await resolveCode()).toBe('personal:personal@zoom.test');
  });

  it('with both → personal; the organization connection never replaces it', async () => {
    await store('organization');
    await store('personal');
    expect(await resolveCode()).toBe('personal:personal@zoom.test');
  });

  it.each(['needs_reconnect', 'removed_in_zoom'] as const)(
    'with a personal connection that is %s → ZOOM_NEEDS_RECONNECT, no silent fallback to the organization',
    async (status) => {
      await store('organization');
      await store('personal', status);
      expect(await resolveCode()).toBe('ZOOM_NEEDS_RECONNECT');
      const choice = await describeZoomAccess(parley.database.db, userId);
      expect(choice).toMatchObject({ source: 'personal', usable: false });
    },
  );

  it('after the personal connection is disconnected → the organization takes over', async () => {
    await store('organization');
    const personalId = await store('personal');
    expect(await resolveCode()).toBe('personal:personal@zoom.test');
    await parley.database.db.delete(zoomConnections).where(eq(zoomConnections.id, personalId));
    expect(await resolveCode()).toBe('organization:organization@zoom.test');
  });

  it('with a broken organization connection and no personal one → ZOOM_NEEDS_RECONNECT', async () => {
    await store('organization', 'needs_reconnect');
    expect(await resolveCode()).toBe('ZOOM_NEEDS_RECONNECT');
  });

  it('never hands out another organization’s connection', async () => {
    await store('organization');
    expect(await resolveCode(otherUserId)).toBe('ZOOM_NOT_CONNECTED');
    expect(otherOrganizationId).not.toBe(organizationId);
  });

  it('for an unknown user → ZOOM_NOT_CONNECTED', async () => {
    expect(await resolveCode('00000000-0000-4000-8000-000000000000')).toBe('ZOOM_NOT_CONNECTED');
  });
});
