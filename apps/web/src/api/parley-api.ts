import type {
  HealthStatus,
  Invitation,
  InvitationAcceptance,
  InvitationInput,
  InvitationPreview,
  LoginInput,
  MailboxMessage,
  MailboxMessageSummary,
  Me,
  OrganizationChanges,
  PasswordChange,
  ProfileChanges,
  ReadinessStatus,
  TeamMember,
  User,
  UserChanges,
} from '@parley/api-contract';
import { createHttpClient, type HttpClientOptions } from './http-client.ts';
import { createZoomCalls } from './zoom-api.ts';

/** Typed calls for every endpoint of docs/api.md and docs/zoom-api.md; failures reject with `ApiError`. */
export type ParleyApi = ReturnType<typeof createParleyApi>;

const segment = encodeURIComponent;

export function createParleyApi(options: HttpClientOptions) {
  const http = createHttpClient(options);

  /** Every answer that is a `Me` renews the CSRF token the next state-changing request must carry. */
  function rememberCsrfToken(me: Me): Me {
    http.setCsrfToken(me.csrfToken);
    return me;
  }

  return {
    getHealth: () => http.request<HealthStatus>('GET', '/healthz'),
    getReadiness: () => http.request<ReadinessStatus>('GET', '/readyz'),
    getMetrics: () => http.requestText('/metrics'),

    login: async (input: LoginInput) =>
      rememberCsrfToken(await http.request<Me>('POST', '/api/auth/login', input)),
    logout: async () => {
      await http.request<void>('POST', '/api/auth/logout');
      http.setCsrfToken(undefined);
    },
    getMe: async () => rememberCsrfToken(await http.request<Me>('GET', '/api/me')),
    updateMe: async (changes: ProfileChanges) =>
      rememberCsrfToken(await http.request<Me>('PATCH', '/api/me', changes)),
    changePassword: async (change: PasswordChange) => {
      await http.request<void>('POST', '/api/me/password', change);
    },

    /** Admins: the organization's time zone, the default of new candidates. Answers the new `Me`. */
    updateOrganization: async (changes: OrganizationChanges) =>
      rememberCsrfToken(await http.request<Me>('PATCH', '/api/organization', changes)),
    /** Admins and recruiters: the active people a hiring team is chosen from. */
    listMembers: async () => (await http.request<{ members: TeamMember[] }>('GET', '/api/members')).members,

    listUsers: async () => (await http.request<{ users: User[] }>('GET', '/api/users')).users,
    updateUser: async (userId: string, changes: UserChanges) =>
      (await http.request<{ user: User }>('PATCH', `/api/users/${segment(userId)}`, changes)).user,
    unlockSignIn: (userId: string) =>
      http.request<void>('POST', `/api/users/${segment(userId)}/unlock-sign-in`),

    listInvitations: async () =>
      (await http.request<{ invitations: Invitation[] }>('GET', '/api/invitations')).invitations,
    createInvitation: async (input: InvitationInput) =>
      (await http.request<{ invitation: Invitation }>('POST', '/api/invitations', input)).invitation,
    revokeInvitation: (invitationId: string) =>
      http.request<void>('DELETE', `/api/invitations/${segment(invitationId)}`),
    getInvitationByToken: (token: string) =>
      http.request<InvitationPreview>('GET', `/api/invitations/by-token/${segment(token)}`),
    acceptInvitation: async (token: string, acceptance: InvitationAcceptance) =>
      rememberCsrfToken(
        await http.request<Me>('POST', `/api/invitations/by-token/${segment(token)}/accept`, acceptance),
      ),

    listMailboxMessages: async () =>
      (await http.request<{ messages: MailboxMessageSummary[] }>('GET', '/api/dev/mailbox')).messages,
    getMailboxMessage: (messageId: string) =>
      http.request<MailboxMessage>('GET', `/api/dev/mailbox/${segment(messageId)}`),

    ...createZoomCalls(http),
    /** The transport, for domains whose calls load with their pages (`recruiting-client.ts`). */
    http,
  };
}
