/** Wire types of the Parley HTTP API, as specified in docs/api.md. */

export const roles = ['admin', 'recruiter', 'interviewer'] as const;
export type Role = (typeof roles)[number];

export const languages = ['en', 'de', 'ja'] as const;
export type Language = (typeof languages)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  language: Language;
  timeZone: string;
  /** ISO instant. */
  createdAt: string;
}

/** The signed-in user, their organization and what this server offers them. */
export interface Me {
  user: User;
  organization: { id: string; name: string };
  csrfToken: string;
  features: { devMailbox: boolean };
}

export type InvitationStatus = 'pending' | 'accepted' | 'expired' | 'revoked';

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  status: InvitationStatus;
  expiresAt: string;
  createdAt: string;
  invitedBy: { id: string; name: string };
}

/** What an invitation link reveals before it is accepted. */
export interface InvitationPreview {
  email: string;
  role: Role;
  organizationName: string;
  expiresAt: string;
}

export interface MailboxMessageSummary {
  id: string;
  from: string;
  to: string[];
  subject: string;
  receivedAt: string;
}

export interface MailboxMessage extends MailboxMessageSummary {
  text: string;
  html: string;
}

export interface HealthStatus {
  status: 'ok';
}

export interface ReadinessStatus {
  status: string;
  checks: Record<string, string>;
}

export interface LoginInput {
  email: string;
  password: string;
}

export interface ProfileChanges {
  name?: string;
  language?: Language;
  timeZone?: string;
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export interface UserChanges {
  role?: Role;
  active?: boolean;
}

export interface InvitationInput {
  email: string;
  role: Role;
}

export interface InvitationAcceptance {
  name: string;
  password: string;
  language?: Language;
  timeZone?: string;
}

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}
