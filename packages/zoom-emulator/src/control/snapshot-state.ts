import type { EmulatorContext } from '../emulator-context.ts';
import { joinUrl } from '../meetings/meeting-links.ts';
import { formatZoomTime } from '../state/clock.ts';
import type { Meeting, ZoomUser } from '../state/types.ts';

/** Zoom's truth, for tests to compare with what an app believes. Secrets and tokens are left out. */
export interface EmulatorSnapshot {
  now: string;
  accounts: AccountSnapshot[];
  apps: {
    clientId: string;
    name: string;
    type: string;
    scopes: string[];
    webhookUrl: string | null;
    disabled: boolean;
  }[];
  installations: {
    clientId: string;
    accountId: string;
    userId: string;
    scopes: string[];
    installedAt: string;
  }[];
  grants: {
    clientId: string;
    accountId: string;
    userId: string;
    scopes: string[];
    active: boolean;
    endedReason: string | null;
    refreshCount: number;
  }[];
}

export interface AccountSnapshot {
  id: string;
  key: string;
  name: string;
  plan: string;
  requirePreApproval: boolean;
  preApprovedApps: string[];
  users: UserSnapshot[];
  rooms: { id: string; name: string; status: string; type: string }[];
  meetings: MeetingSnapshot[];
}

export interface UserSnapshot {
  id: string;
  email: string;
  firstName: string;
  lastName: string;
  role: string;
  type: number;
  status: string;
  timezone: string;
  concurrentMeeting: string;
}

export interface MeetingSnapshot {
  id: number;
  uuid: string;
  hostId: string;
  hostEmail: string;
  topic: string;
  type: number;
  status: string;
  startTime: string | null;
  duration: number;
  timezone: string;
  agenda: string;
  joinUrl: string;
  password: string;
  settings: Record<string, unknown>;
}

/** Builds the snapshot served by `GET /_emulator/state`. */
export function snapshotState(context: EmulatorContext): EmulatorSnapshot {
  const { state } = context;
  const accounts = [...state.accounts.values()].map((account): AccountSnapshot => {
    const users = (state.userIdsByAccount.get(account.id) ?? []).map((id) => state.users.get(id)!);
    return {
      id: account.id,
      key: account.key,
      name: account.name,
      plan: account.plan,
      requirePreApproval: account.requirePreApproval,
      preApprovedApps: [...account.preApprovedApps],
      users: users.map(snapshotUser),
      rooms: (state.roomIdsByAccount.get(account.id) ?? []).map((id) => {
        const room = state.rooms.get(id)!;
        return { id: room.id, name: room.name, status: room.status, type: room.type };
      }),
      meetings: users.flatMap((user) =>
        [...(state.meetingIdsByHost.get(user.id) ?? [])].map((id) =>
          snapshotMeeting(context, state.meetings.get(id)!, user),
        ),
      ),
    };
  });
  return {
    now: new Date(context.clock.now()).toISOString(),
    accounts,
    apps: [...state.apps.values()].map(({ clientId, name, type, scopes, webhookUrl, disabled }) => ({
      clientId,
      name,
      type,
      scopes: [...scopes],
      webhookUrl,
      disabled,
    })),
    installations: [...state.installations.values()].map((installation) => ({
      clientId: installation.clientId,
      accountId: installation.accountId,
      userId: installation.userId,
      scopes: [...installation.scopes],
      installedAt: new Date(installation.installedAt).toISOString(),
    })),
    grants: [...state.grants.values()].map((grant) => ({
      clientId: grant.clientId,
      accountId: grant.accountId,
      userId: grant.userId,
      scopes: [...grant.scopes],
      active: grant.endedReason === null,
      endedReason: grant.endedReason,
      refreshCount: grant.refreshCount,
    })),
  };
}

function snapshotUser(user: ZoomUser): UserSnapshot {
  return {
    id: user.id,
    email: user.email,
    firstName: user.firstName,
    lastName: user.lastName,
    role: user.role,
    type: user.type,
    status: user.status,
    timezone: user.timezone,
    concurrentMeeting: user.concurrentMeeting,
  };
}

function snapshotMeeting(context: EmulatorContext, meeting: Meeting, host: ZoomUser): MeetingSnapshot {
  return {
    id: meeting.id,
    uuid: meeting.uuid,
    hostId: meeting.hostId,
    hostEmail: host.email,
    topic: meeting.topic,
    type: meeting.type,
    status: meeting.status,
    startTime: meeting.startTime === null ? null : formatZoomTime(meeting.startTime),
    duration: meeting.duration,
    timezone: meeting.timezone,
    agenda: meeting.agenda,
    joinUrl: joinUrl(context, meeting),
    password: meeting.password,
    settings: { ...(meeting.settings ?? {}) },
  };
}
