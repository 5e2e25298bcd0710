import type { EmploymentType, JobStatus } from '@parley/api-contract';
import type { TFunction } from 'i18next';

/*
 * The contract's value lists, repeated as types only: importing a value from @parley/api-contract brings
 * zod into the page's chunk (~30 kB gzip). The `Record` keeps these in step with the contract's types.
 */
const jobStatusSet: Record<JobStatus, true> = { open: true, closed: true };
const employmentTypeSet: Record<EmploymentType, true> = {
  full_time: true,
  part_time: true,
  contract: true,
  internship: true,
  temporary: true,
};
export const jobStatusValues = Object.keys(jobStatusSet) as JobStatus[];
export const employmentTypeValues = Object.keys(employmentTypeSet) as EmploymentType[];

/** The translated name of an employment type, e.g. "Vollzeit" (literal keys, so the i18n scan sees them). */
export function employmentTypeLabel(type: EmploymentType, t: TFunction<'recruiting'>): string {
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
export function jobStatusLabel(status: JobStatus, t: TFunction<'recruiting'>): string {
  return status === 'open' ? t('jobs.statusValue.open') : t('jobs.statusValue.closed');
}
