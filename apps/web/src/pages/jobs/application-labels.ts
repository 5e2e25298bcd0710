import type { ApplicationStatus } from '@parley/api-contract';
import type { TFunction } from 'i18next';

/** The translated name of an application's status ("Active", "Abgesagt", "辞退"). */
export function applicationStatusLabel(status: ApplicationStatus, t: TFunction<'recruiting'>): string {
  switch (status) {
    case 'active':
      return t('applications.status.active');
    case 'rejected':
      return t('applications.status.rejected');
    case 'withdrawn':
      return t('applications.status.withdrawn');
  }
}

/** The badge style of a status: an active application is the normal case, a closed one is muted. */
export const applicationStatusBadge: Record<ApplicationStatus, string> = {
  active: 'badge badge-info',
  rejected: 'badge badge-danger',
  withdrawn: 'badge badge-neutral',
};
