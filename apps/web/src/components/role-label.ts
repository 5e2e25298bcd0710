import type { Role } from '@parley/api-contract';
import type { TFunction } from 'i18next';

export function roleLabel(role: Role, t: TFunction): string {
  switch (role) {
    case 'admin':
      return t('users.roles.admin');
    case 'recruiter':
      return t('users.roles.recruiter');
    case 'interviewer':
      return t('users.roles.interviewer');
  }
}

/** What a role may do, in a sentence: said before someone's role is changed. */
export function roleAccess(role: Role, t: TFunction): string {
  switch (role) {
    case 'admin':
      return t('users.roleAccess.admin');
    case 'recruiter':
      return t('users.roleAccess.recruiter');
    case 'interviewer':
      return t('users.roleAccess.interviewer');
  }
}
