import type { JobSummary } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { JobFacts } from './job-facts.tsx';

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
          <JobFacts job={job} />
          <p className="text-muted">{t('jobs.activeApplicants', { count: job.activeApplicationCount })}</p>
        </li>
      ))}
    </ul>
  );
}
