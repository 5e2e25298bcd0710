import { randomBytes } from 'node:crypto';
import type { EmulatorContext } from '../emulator-context.ts';
import { createZoomId } from '../state/ids.ts';
import type { Account, App, Installation, ZoomUser } from '../state/types.ts';
import { appDeauthorizedPayload } from '../webhooks/event-payloads.ts';

/**
 * Records that `user` added `app`: one installation per account for admin-managed apps (a later
 * admin's authorization takes it over), one per user for user-managed apps.
 */
export function installApp(
  context: EmulatorContext,
  app: App,
  user: ZoomUser,
  scopes: string[],
): Installation {
  const existing = findInstallation(context, app, user.accountId, app.type === 'user' ? user.id : null);
  if (existing) {
    existing.userId = user.id;
    existing.scopes = [...scopes];
    return existing;
  }
  const installation: Installation = {
    id: createZoomId(),
    clientId: app.clientId,
    accountId: user.accountId,
    userId: user.id,
    scopes: [...scopes],
    installedAt: context.clock.now(),
  };
  context.state.installations.set(installation.id, installation);
  return installation;
}

/** The installation of `app` on an account (or, for user-managed apps, by `userId`). */
export function findInstallation(
  context: EmulatorContext,
  app: App,
  accountId: string,
  userId: string | null,
): Installation | undefined {
  for (const installation of context.state.installations.values()) {
    if (installation.clientId !== app.clientId || installation.accountId !== accountId) continue;
    if (userId === null || installation.userId === userId) return installation;
  }
  return undefined;
}

/**
 * Removes an installation: every token issued through it dies at once and (except for S2S apps, which
 * have no deauthorization URL) the app receives `app_deauthorized`.
 */
export function uninstall(context: EmulatorContext, installation: Installation): void {
  const { state, announcer, clock } = context;
  state.installations.delete(installation.id);
  for (const grant of state.liveGrants((candidate) => candidate.installationId === installation.id)) {
    state.endGrant(grant, 'revoked');
  }
  const app = state.apps.get(installation.clientId);
  if (!app || app.type === 's2s') return;
  const signature = randomBytes(32).toString('hex');
  announcer.toApp(app, 'app_deauthorized', appDeauthorizedPayload(installation, signature, clock.now()));
}

/** Uninstalls `app` from `account` (all users' installations for user-managed apps, or just `userId`'s). */
export function uninstallFromAccount(
  context: EmulatorContext,
  app: App,
  account: Account,
  userId: string | null,
): Installation[] {
  const removed = [...context.state.installations.values()].filter(
    (installation) =>
      installation.clientId === app.clientId &&
      installation.accountId === account.id &&
      (userId === null || installation.userId === userId),
  );
  for (const installation of removed) uninstall(context, installation);
  return removed;
}
