import type { JobSummary } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { employmentTypeLabel, jobStatusLabel } from './job-labels.ts';

/** One card per job: its title links to the job page; status, department, place and applicants below. */
export function JobList({ jobs }: { jobs: JobSummary[] }) {
  const { t } = useTranslation('recruiting');
  return (
    <ul className="job-list">
      {jobs.map((job) => (
        <li key={job.id} className="card job-list-item">
          <h3>
            <Link to={`/jobs/${job.id}`}>{job.title}</Link>
          </h3>
          <p className="job-facts">
            <span className={job.status === 'open' ? 'badge badge-success' : 'badge badge-neutral'}>
              {jobStatusLabel(job.status, t)}
            </span>
            {[job.department, job.location, employmentTypeLabel(job.employmentType, t)]
              .filter(Boolean)
              .join(' · ')}
          </p>
          <p className="text-muted">{t('jobs.activeApplicants', { count: job.activeApplicationCount })}</p>
        </li>
      ))}
    </ul>
  );
}
