import type { CountersSnapshot } from '../counters/counters.ts';
import type { EmulatorContext } from '../emulator-context.ts';
import type { Fault, FaultSpec } from '../faults/fault-injector.ts';
import { type MeetingInput, parseMeetingInput } from '../meetings/parse-meeting-input.ts';
import {
  endMeeting as endRunningMeeting,
  startMeeting as startRunningMeeting,
} from '../meetings/run-meeting.ts';
import { deleteMeeting, updateMeeting } from '../meetings/save-meeting.ts';
import { uninstallFromAccount } from '../oauth/manage-installations.ts';
import { createDefaultSeed } from '../state/default-seed.ts';
import { createApp, loadAccount, loadSeed } from '../state/load-seed.ts';
import {
  type AccountSeed,
  accountSeedSchema,
  appSeedSchema,
  parseSeed,
  roomSeedSchema,
  type Seed,
  type SeedInput,
  userSeedSchema,
} from '../state/seed-schema.ts';
import type {
  Account,
  App,
  ConcurrentMeetingFeature,
  Meeting,
  Plan,
  UserRole,
  UserStatus,
  UserType,
} from '../state/types.ts';
import type { EndpointValidation, WebhookDelivery } from '../webhooks/webhook-dispatcher.ts';
import {
  changeUserRole,
  changeUserStatus,
  changeUserType,
  deleteUser,
  requireUser,
  resolveOperator,
} from './change-users.ts';
import { ControlError } from './control-error.ts';
import { createAccountResources } from './create-account-resources.ts';
import { type EmulatorSnapshot, snapshotState } from './snapshot-state.ts';

/** Options of the operations that act "as someone in Zoom". */
export interface OperatorOption {
  /** Email of the user who made the change (default: the account owner, or the host for meetings). */
  operator?: string;
}

/** Account settings the control API can change. */
export interface AccountChanges {
  name?: string;
  plan?: Plan;
  requirePreApproval?: boolean;
  preApprovedApps?: string[];
  passcodePolicy?: Partial<Account['passcodePolicy']>;
}

/** App settings the control API can change. */
export interface AppChanges {
  name?: string;
  webhookUrl?: string | null;
  scopes?: string[];
  redirectUrls?: string[];
  events?: string[] | null;
  disabled?: boolean;
  /** Send Zoom's URL-validation challenge before accepting a new webhook URL (default true). */
  validate?: boolean;
}

/**
 * Everything the HTTP control API (`/_emulator/…`) can do, as functions for in-process use. Changes
 * that Zoom would announce send the same webhooks Zoom would.
 */
export class ZoomEmulatorControl {
  readonly #context: EmulatorContext;
  #seed: Seed;
  readonly #defaultWebhookUrl: string | null;

  constructor(context: EmulatorContext, seed: Seed, defaultWebhookUrl: string | null) {
    this.#context = context;
    this.#seed = seed;
    this.#defaultWebhookUrl = defaultWebhookUrl;
    this.#load();
  }

  /** Back to the seed (or a new one): state, counters, faults, webhook log, clock offset. */
  reset(seed?: SeedInput | 'default'): void {
    if (seed) this.#seed = wrap(() => parseSeed(seed === 'default' ? createDefaultSeed() : seed));
    const context = this.#context;
    context.dispatcher.reset();
    context.faults.clear();
    context.rateLimiter.reset();
    context.clock.resetOffset();
    context.counters.reset(context.clock.now());
    context.state.clear();
    this.#load();
  }

  snapshot(): EmulatorSnapshot {
    return snapshotState(this.#context);
  }

  counters(): CountersSnapshot {
    return this.#context.counters.snapshot();
  }

  resetCounters(): void {
    this.#context.counters.reset(this.#context.clock.now());
  }

  /** Successful token refreshes of `clientId` on an account (id or key). */
  refreshCount(clientId: string, account: string): number {
    return this.#context.counters.refreshCount(clientId, this.#account(account).id);
  }

  createAccount(input: unknown): EmulatorSnapshot['accounts'][number] {
    const accountSeed = parseWith(accountSeedSchema, input) as AccountSeed;
    const account = wrap(() => loadAccount(this.#context.state, accountSeed, this.#context.clock.now()));
    return this.snapshot().accounts.find((item) => item.id === account.id)!;
  }

  updateAccount(account: string, changes: AccountChanges): void {
    const target = this.#account(account);
    if (changes.name !== undefined) target.name = changes.name;
    if (changes.plan !== undefined) target.plan = changes.plan;
    if (changes.requirePreApproval !== undefined) target.requirePreApproval = changes.requirePreApproval;
    if (changes.preApprovedApps !== undefined) target.preApprovedApps = new Set(changes.preApprovedApps);
    if (changes.passcodePolicy)
      target.passcodePolicy = { ...target.passcodePolicy, ...changes.passcodePolicy };
  }

  createUser(account: string, input: unknown): { id: string; email: string } {
    const userSeed = parseWith(userSeedSchema, input);
    if (userSeed.role === 'owner') throw new ControlError(400, 'Use setUserRole to make someone the owner');
    return createAccountResources(this.#context).createUser(this.#account(account), userSeed);
  }

  createRoom(account: string, input: unknown): { id: string; name: string } {
    return createAccountResources(this.#context).createRoom(
      this.#account(account),
      parseWith(roomSeedSchema, input),
    );
  }

  setUserRole(user: string, role: UserRole, options: OperatorOption = {}): void {
    const target = requireUser(this.#context, user);
    changeUserRole(
      this.#context,
      target,
      role,
      resolveOperator(this.#context, target.accountId, options.operator),
    );
  }

  setUserStatus(user: string, status: UserStatus, options: OperatorOption = {}): void {
    const target = requireUser(this.#context, user);
    changeUserStatus(
      this.#context,
      target,
      status,
      resolveOperator(this.#context, target.accountId, options.operator),
    );
  }

  setUserType(user: string, type: UserType, options: OperatorOption = {}): void {
    const target = requireUser(this.#context, user);
    changeUserType(
      this.#context,
      target,
      type,
      resolveOperator(this.#context, target.accountId, options.operator),
    );
  }

  /** Sets the user's Concurrent Meeting feature (`feature.concurrent_meeting` of their settings). */
  setUserConcurrentMeeting(user: string, feature: ConcurrentMeetingFeature): void {
    requireUser(this.#context, user).concurrentMeeting = feature;
  }

  deleteUser(user: string, options: OperatorOption = {}): void {
    const target = requireUser(this.#context, user);
    deleteUser(this.#context, target, resolveOperator(this.#context, target.accountId, options.operator));
  }

  /** Adds an app (S2S apps are only installed on accounts through the seed). */
  createApp(input: unknown): { clientId: string; name: string; type: string; scopes: string[] } {
    const appSeed = parseWith(appSeedSchema, input);
    if (this.#context.state.apps.has(appSeed.clientId))
      throw new ControlError(409, `App ${appSeed.clientId} exists`);
    const app = createApp(appSeed, this.#defaultWebhookUrl);
    this.#context.state.apps.set(app.clientId, app);
    return { clientId: app.clientId, name: app.name, type: app.type, scopes: [...app.scopes] };
  }

  /** Changes an app; a new webhook URL must pass Zoom's URL validation first (unless `validate: false`). */
  async updateApp(clientId: string, changes: AppChanges): Promise<{ validation?: EndpointValidation }> {
    const app = this.#app(clientId);
    let validation: EndpointValidation | undefined;
    if (changes.webhookUrl && changes.validate !== false) {
      validation = await this.#context.dispatcher.validateEndpoint(app, changes.webhookUrl);
      if (!validation.ok)
        throw new ControlError(400, `Webhook URL validation failed: ${validation.reason}`, validation);
    }
    if (changes.webhookUrl !== undefined) app.webhookUrl = changes.webhookUrl;
    if (changes.name !== undefined) app.name = changes.name;
    if (changes.scopes !== undefined) app.scopes = [...changes.scopes];
    if (changes.redirectUrls !== undefined) app.redirectUrls = [...changes.redirectUrls];
    if (changes.events !== undefined) app.events = changes.events ? [...changes.events] : null;
    if (changes.disabled !== undefined) app.disabled = changes.disabled;
    return validation ? { validation } : {};
  }

  /** Sends the `endpoint.url_validation` challenge to the app's current endpoint. */
  validateWebhookEndpoint(clientId: string): Promise<EndpointValidation> {
    const app = this.#app(clientId);
    if (!app.webhookUrl) throw new ControlError(400, `App ${clientId} has no webhook URL`);
    return this.#context.dispatcher.validateEndpoint(app, app.webhookUrl);
  }

  /** Removes the app from an account (or one user's installation of a user-managed app): `app_deauthorized`. */
  uninstallApp(account: string, clientId: string, options: { user?: string } = {}): number {
    const user = options.user ? requireUser(this.#context, options.user).id : null;
    return uninstallFromAccount(this.#context, this.#app(clientId), this.#account(account), user).length;
  }

  /** Changes a meeting as its host would in Zoom's web portal (same body as PATCH): `meeting.updated`. */
  updateMeetingInZoom(
    meetingId: number | string,
    changes: Record<string, unknown>,
    options: OperatorOption = {},
  ): void {
    const meeting = this.#meeting(meetingId);
    const account = this.#context.state.accounts.get(meeting.accountId)!;
    const parsed = parseMeetingInput(changes, {
      fallbackTimezone: meeting.timezone,
      passcodePolicy: account.passcodePolicy,
    });
    if (!parsed || parsed.errors.length > 0)
      throw new ControlError(400, 'Invalid meeting changes', parsed?.errors);
    updateMeeting(
      this.#context,
      meeting,
      parsed.input as MeetingInput,
      this.#meetingOperator(meeting, options),
    );
  }

  /** Deletes a meeting as its host would in Zoom: `meeting.deleted`. */
  deleteMeetingInZoom(meetingId: number | string, options: OperatorOption = {}): void {
    const meeting = this.#meeting(meetingId);
    deleteMeeting(this.#context, meeting, this.#meetingOperator(meeting, options));
  }

  /** Marks a meeting as running (refused beyond the plan's concurrent meetings per host). */
  startMeeting(meetingId: number | string): void {
    if (!startRunningMeeting(this.#context, this.#meeting(meetingId))) {
      throw new ControlError(409, 'The host already has the maximum number of meetings in progress');
    }
  }

  endMeeting(meetingId: number | string): void {
    endRunningMeeting(this.#meeting(meetingId));
  }

  injectFault(spec: FaultSpec): Fault {
    return wrap(() => this.#context.faults.add(spec));
  }

  faults(): Fault[] {
    return this.#context.faults.list();
  }

  removeFault(id: string): boolean {
    return this.#context.faults.remove(id);
  }

  clearFaults(): void {
    this.#context.faults.clear();
  }

  /** Turns rate limiting on or off. */
  setRateLimits(enabled: boolean): void {
    this.#context.rateLimiter.setEnabled(enabled);
  }

  /** The emulator's current time. */
  now(): Date {
    return new Date(this.#context.clock.now());
  }

  /** Moves the emulator's clock to `instant` (it keeps running from there). */
  setTime(instant: Date | string): void {
    const date = new Date(instant);
    if (Number.isNaN(date.getTime())) throw new ControlError(400, 'Invalid time');
    this.#context.clock.set(date);
  }

  advanceClock(milliseconds: number): void {
    this.#context.clock.advance(milliseconds);
  }

  /** Makes matching access tokens expired now (refresh tokens stay valid). */
  expireAccessTokens(filter: { clientId?: string; account?: string } = {}): number {
    const { state, clock } = this.#context;
    const accountId = filter.account ? this.#account(filter.account).id : undefined;
    let expired = 0;
    for (const accessToken of state.accessTokens.values()) {
      const grant = state.grants.get(accessToken.grantId);
      if (
        !grant ||
        (filter.clientId && grant.clientId !== filter.clientId) ||
        (accountId && grant.accountId !== accountId)
      )
        continue;
      accessToken.expiresAt = Math.min(accessToken.expiresAt, clock.now());
      expired++;
    }
    return expired;
  }

  webhookDeliveries(): WebhookDelivery[] {
    return this.#context.dispatcher.deliveries();
  }

  /** Resolves when no webhook is in flight or waiting for a retry. */
  webhooksSettled(): Promise<void> {
    return this.#context.dispatcher.settle();
  }

  #load(): void {
    loadSeed(this.#context.state, this.#seed, {
      now: this.#context.clock.now(),
      webhookUrl: this.#defaultWebhookUrl,
    });
  }

  #account(idOrKey: string): Account {
    const account = this.#context.state.findAccount(idOrKey);
    if (!account) throw new ControlError(404, `No account ${idOrKey}`);
    return account;
  }

  #app(clientId: string): App {
    const app = this.#context.state.apps.get(clientId);
    if (!app) throw new ControlError(404, `No app ${clientId}`);
    return app;
  }

  #meeting(meetingId: number | string): Meeting {
    const meeting = this.#context.state.meetings.get(Number(meetingId));
    if (!meeting) throw new ControlError(404, `No meeting ${meetingId}`);
    return meeting;
  }

  #meetingOperator(meeting: Meeting, options: OperatorOption) {
    if (options.operator) return resolveOperator(this.#context, meeting.accountId, options.operator);
    const host = this.#context.state.users.get(meeting.hostId)!;
    return { email: host.email, id: host.id };
  }
}

function parseWith<T>(
  schema: {
    safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: unknown[] } };
  },
  input: unknown,
): T {
  const result = schema.safeParse(input);
  if (!result.success) throw new ControlError(400, 'Invalid input', result.error.issues);
  return result.data;
}

function wrap<T>(operation: () => T): T {
  try {
    return operation();
  } catch (error) {
    if (error instanceof ControlError) throw error;
    throw new ControlError(400, error instanceof Error ? error.message : String(error));
  }
}
