import type { Language, Role } from '@parley/api-contract';

/**
 * The signed-in user behind a request, as use cases see them. It lives below every domain so that the
 * audit log and the mailbox can name who acts without importing `accounts/`.
 */
export interface Actor {
  userId: string;
  organizationId: string;
  role: Role;
  language: Language;
}
