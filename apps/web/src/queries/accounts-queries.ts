import { queryOptions } from '@tanstack/react-query';
import { api } from '../api/parley-client.ts';

/** Cache keys of the accounts domain; a mutation invalidates the narrowest key that covers what it changed. */
export const accountKeys = {
  users: ['users'] as const,
  /** The active people (id, name, e-mail, role) a hiring team is chosen from; recruiters may read it. */
  members: ['members'] as const,
  invitations: ['invitations'] as const,
  /** The public preview behind an invitation link; not under `invitations`, which is the admin's list. */
  invitationPreview: (token: string) => ['invitation-preview', token] as const,
};

export const usersQuery = queryOptions({
  queryKey: accountKeys.users,
  queryFn: () => api.listUsers(),
});

export const membersQuery = queryOptions({
  queryKey: accountKeys.members,
  queryFn: () => api.listMembers(),
});

export const invitationsQuery = queryOptions({
  queryKey: accountKeys.invitations,
  queryFn: () => api.listInvitations(),
});

export const invitationPreviewQuery = (token: string) =>
  queryOptions({
    queryKey: accountKeys.invitationPreview(token),
    queryFn: () => api.getInvitationByToken(token),
  });
