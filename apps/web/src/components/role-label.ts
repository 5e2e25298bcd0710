import type { TFunction } from 'i18next';
import type { Role } from '../api/types.ts';

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
