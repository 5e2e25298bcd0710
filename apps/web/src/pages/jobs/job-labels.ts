import type { EmploymentType, JobStatus } from '@parley/api-contract';
import type { TFunction } from 'i18next';

/** The translated name of an employment type, e.g. "Vollzeit" (literal keys, so the i18n scan sees them). */
export function employmentTypeLabel(type: EmploymentType, t: TFunction): string {
  switch (type) {
    case 'full_time':
      return t('jobs.employment.full_time');
    case 'part_time':
      return t('jobs.employment.part_time');
    case 'contract':
      return t('jobs.employment.contract');
    case 'internship':
      return t('jobs.employment.internship');
    case 'temporary':
      return t('jobs.employment.temporary');
  }
}

/** The translated name of a job status ("Open", "募集中"). */
export function jobStatusLabel(status: JobStatus, t: TFunction): string {
  return status === 'open' ? t('jobs.statusValue.open') : t('jobs.statusValue.closed');
}
