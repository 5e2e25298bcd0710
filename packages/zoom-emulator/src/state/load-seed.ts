import type { EmulatorState } from './emulator-state.ts';
import { stableNumber, stableZoomId } from './ids.ts';
import type { AccountSeed, AppSeed, RoomSeed, Seed, UserSeed } from './seed-schema.ts';
import type { Account, App, Room, ZoomUser } from './types.ts';

/** Fills `state` (assumed empty) with the seed's accounts, users, rooms, apps and S2S installations. */
export function loadSeed(
  state: EmulatorState,
  seed: Seed,
  options: { now: number; webhookUrl: string | null },
) {
  for (const accountSeed of seed.accounts) loadAccount(state, accountSeed, options.now);
  for (const appSeed of seed.apps) {
    const app = createApp(appSeed, options.webhookUrl);
    state.apps.set(app.clientId, app);
    for (const accountKey of appSeed.installedOn) {
      const account = state.findAccount(accountKey);
      if (!account) throw new Error(`App ${app.clientId} is installed on unknown account ${accountKey}`);
      const owner = state.ownerOf(account.id);
      const installationId = stableZoomId(`installation:${app.clientId}:${account.id}`);
      state.installations.set(installationId, {
        id: installationId,
        clientId: app.clientId,
        accountId: account.id,
        userId: owner.id,
        scopes: [...app.scopes],
        installedAt: options.now,
      });
    }
  }
}

/** Builds an app from its seed; `defaultWebhookUrl` applies when the seed does not say. */
export function createApp(appSeed: AppSeed, defaultWebhookUrl: string | null): App {
  return {
    clientId: appSeed.clientId,
    clientSecret: appSeed.clientSecret,
    name: appSeed.name,
    type: appSeed.type,
    scopes: [...appSeed.scopes],
    redirectUrls: [...appSeed.redirectUrls],
    webhookUrl: appSeed.webhookUrl === undefined ? defaultWebhookUrl : appSeed.webhookUrl,
    webhookSecret: appSeed.webhookSecret,
    events: appSeed.events ? [...appSeed.events] : null,
    disabled: appSeed.disabled,
  };
}

/** Adds one account with its users and rooms; exactly one owner is required. */
export function loadAccount(state: EmulatorState, accountSeed: AccountSeed, now: number): Account {
  if (state.findAccount(accountSeed.key)) throw new Error(`Account ${accountSeed.key} already exists`);
  const owners = accountSeed.users.filter((user) => user.role === 'owner');
  if (owners.length !== 1) throw new Error(`Account ${accountSeed.key} needs exactly one owner`);
  const account: Account = {
    id: accountSeed.id ?? stableZoomId(`account:${accountSeed.key}`),
    key: accountSeed.key,
    name: accountSeed.name,
    plan: accountSeed.plan,
    accountNumber: stableNumber(`account-number:${accountSeed.key}`, 8),
    timezone: accountSeed.timezone,
    requirePreApproval: accountSeed.requirePreApproval,
    preApprovedApps: new Set(accountSeed.preApprovedApps),
    passcodePolicy: { ...accountSeed.passcodePolicy },
    createdAt: now,
  };
  state.addAccount(account);
  for (const userSeed of accountSeed.users) state.addUser(createUser(state, account, userSeed, now));
  for (const roomSeed of accountSeed.rooms) state.addRoom(buildRoom(account, roomSeed));
  return account;
}

/** Builds a user of `account`; refuses an email that is already taken anywhere in the emulator. */
export function createUser(
  state: EmulatorState,
  account: Account,
  userSeed: UserSeed,
  now: number,
): ZoomUser {
  const email = userSeed.email.toLowerCase();
  if (state.findUser(email)) throw new Error(`User ${email} already exists`);
  const id = userSeed.id ?? stableZoomId(`user:${email}`);
  if (state.users.has(id)) throw new Error(`User id ${id} already exists`);
  return {
    id,
    accountId: account.id,
    email,
    firstName: userSeed.firstName,
    lastName: userSeed.lastName,
    role: userSeed.role,
    type: userSeed.type,
    status: userSeed.status,
    concurrentMeeting: userSeed.concurrentMeeting,
    password: userSeed.password,
    timezone: userSeed.timezone ?? account.timezone,
    pmi: stableNumber(`pmi:${email}`, 10),
    dept: userSeed.dept,
    language: 'en-US',
    createdAt: now,
    lastLoginAt: null,
  };
}

/** Builds a Zoom Room of `account`; its ids are stable for a given account and room name. */
export function buildRoom(account: Account, roomSeed: RoomSeed): Room {
  const id = roomSeed.id ?? stableZoomId(`room:${account.key}:${roomSeed.name}`);
  return {
    id,
    roomId: stableZoomId(`room-id:${id}`),
    accountId: account.id,
    name: roomSeed.name,
    status: roomSeed.status,
    type: roomSeed.type,
    activationCode: String(stableNumber(`activation:${id}`, 10)),
    locationId: stableZoomId(`location:${account.key}`),
    tagIds: [],
  };
}
