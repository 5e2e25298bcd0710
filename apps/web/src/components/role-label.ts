import type { TFunction } from 'i18next';
import type { Role } from '../api/types.ts';

export function roleLabel(role: Role, t: TFunction): string {
  switch (role) {
    case 'admin':
      return t('roles.admin');
    case 'recruiter':
      return t('roles.recruiter');
    case 'interviewer':
      return t('roles.interviewer');
  }
}
