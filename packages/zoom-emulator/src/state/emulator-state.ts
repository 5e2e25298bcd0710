import type {
  AccessToken,
  Account,
  App,
  AuthorizationCode,
  BrowserSession,
  Grant,
  Installation,
  Meeting,
  PageCursor,
  PendingConsent,
  Room,
  ZoomUser,
} from './types.ts';

/**
 * Everything the emulated Zoom knows, in memory, with the indexes the routes need. Mutations that
 * have side effects Zoom would announce (webhooks) live in the control and REST layers, not here.
 */
export class EmulatorState {
  readonly accounts = new Map<string, Account>();
  readonly accountIdByKey = new Map<string, string>();
  readonly users = new Map<string, ZoomUser>();
  readonly userIdByEmail = new Map<string, string>();
  /** Users of each account in creation order (the order `GET /users` lists them). */
  readonly userIdsByAccount = new Map<string, string[]>();
  readonly rooms = new Map<string, Room>();
  readonly roomIdsByAccount = new Map<string, string[]>();
  readonly meetings = new Map<number, Meeting>();
  readonly meetingIdsByHost = new Map<string, Set<number>>();
  readonly apps = new Map<string, App>();
  readonly installations = new Map<string, Installation>();
  readonly grants = new Map<string, Grant>();
  readonly accessTokens = new Map<string, AccessToken>();
  readonly refreshTokens = new Map<string, string>();
  /** Refresh tokens already rotated away (to count and explain reuse), per grant id. */
  readonly retiredRefreshTokens = new Map<string, string>();
  readonly authorizationCodes = new Map<string, AuthorizationCode>();
  readonly sessions = new Map<string, BrowserSession>();
  readonly pendingConsents = new Map<string, PendingConsent>();
  readonly pageCursors = new Map<string, PageCursor>();

  /** Forgets everything (the seed is loaded again afterwards). */
  clear(): void {
    for (const value of Object.values(this)) if (value instanceof Map) value.clear();
  }

  /** An account by id or by key (`acme`). */
  findAccount(idOrKey: string): Account | undefined {
    return this.accounts.get(idOrKey) ?? this.accounts.get(this.accountIdByKey.get(idOrKey) ?? '');
  }

  /** A user by id or email (case-insensitive). */
  findUser(idOrEmail: string): ZoomUser | undefined {
    return this.users.get(idOrEmail) ?? this.users.get(this.userIdByEmail.get(idOrEmail.toLowerCase()) ?? '');
  }

  /** The account's owner (every account has exactly one). */
  ownerOf(accountId: string): ZoomUser {
    for (const userId of this.userIdsByAccount.get(accountId) ?? []) {
      const user = this.users.get(userId);
      if (user?.role === 'owner') return user;
    }
    throw new Error(`Account ${accountId} has no owner`);
  }

  addAccount(account: Account): void {
    this.accounts.set(account.id, account);
    this.accountIdByKey.set(account.key, account.id);
    this.userIdsByAccount.set(account.id, []);
    this.roomIdsByAccount.set(account.id, []);
  }

  addUser(user: ZoomUser): void {
    this.users.set(user.id, user);
    this.userIdByEmail.set(user.email.toLowerCase(), user.id);
    this.userIdsByAccount.get(user.accountId)?.push(user.id);
  }

  /** Removes a user with their meetings, sessions and pending codes. */
  removeUser(user: ZoomUser): void {
    this.users.delete(user.id);
    this.userIdByEmail.delete(user.email.toLowerCase());
    const accountUsers = this.userIdsByAccount.get(user.accountId);
    if (accountUsers) accountUsers.splice(accountUsers.indexOf(user.id), 1);
    for (const meetingId of this.meetingIdsByHost.get(user.id) ?? []) this.meetings.delete(meetingId);
    this.meetingIdsByHost.delete(user.id);
    for (const [sessionId, session] of this.sessions)
      if (session.userId === user.id) this.sessions.delete(sessionId);
  }

  addRoom(room: Room): void {
    this.rooms.set(room.id, room);
    this.roomIdsByAccount.get(room.accountId)?.push(room.id);
  }

  addMeeting(meeting: Meeting): void {
    this.meetings.set(meeting.id, meeting);
    let hostMeetings = this.meetingIdsByHost.get(meeting.hostId);
    if (!hostMeetings) {
      hostMeetings = new Set();
      this.meetingIdsByHost.set(meeting.hostId, hostMeetings);
    }
    hostMeetings.add(meeting.id);
  }

  removeMeeting(meeting: Meeting): void {
    this.meetings.delete(meeting.id);
    this.meetingIdsByHost.get(meeting.hostId)?.delete(meeting.id);
  }

  /** Ends a grant: its access tokens and refresh token stop working at once. */
  endGrant(grant: Grant, reason: Grant['endedReason']): void {
    grant.endedReason = reason;
    if (grant.refreshToken) {
      this.refreshTokens.delete(grant.refreshToken);
      this.retiredRefreshTokens.set(grant.refreshToken, grant.id);
    }
    for (const [token, accessToken] of this.accessTokens) {
      if (accessToken.grantId === grant.id) this.accessTokens.delete(token);
    }
  }

  /** Grants that are still usable, filtered by `predicate`. */
  liveGrants(predicate: (grant: Grant) => boolean): Grant[] {
    return [...this.grants.values()].filter((grant) => grant.endedReason === null && predicate(grant));
  }
}
