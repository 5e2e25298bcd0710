import type { JobSummary } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';
import { employmentTypeLabel, jobStatusLabel } from './job-labels.ts';

/** A job's status badge, then its department, place and employment type: on its card and its page. */
export function JobFacts({
  job,
}: {
  job: Pick<JobSummary, 'status' | 'department' | 'location' | 'employmentType'>;
}) {
  const { t } = useTranslation('recruiting');
  return (
    <p className="job-facts">
      <span className={job.status === 'open' ? 'badge badge-success' : 'badge badge-neutral'}>
        {jobStatusLabel(job.status, t)}
      </span>
      {[job.department, job.location, employmentTypeLabel(job.employmentType, t)].filter(Boolean).join(' · ')}
    </p>
  );
}
