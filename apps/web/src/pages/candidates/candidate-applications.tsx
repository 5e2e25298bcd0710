import type { Application, Candidate } from '@parley/api-contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../api/api-error.ts';
import { recruitingApi } from '../../api/recruiting-client.ts';
import { ErrorAlert, SuccessMessage } from '../../components/alerts.tsx';
import { Field } from '../../components/field.tsx';
import { openJobChoicesQuery, recruitingKeys } from '../../queries/recruiting-queries.ts';
import { applicationStatusBadge, applicationStatusLabel } from '../jobs/application-labels.ts';

interface CandidateApplicationsProps {
  candidate: Candidate;
  applications: Application[];
  canEdit: boolean;
}

/** The jobs a candidate applied to, each with its stage and status, and "Add application" to an open job. */
export function CandidateApplications({ candidate, applications, canEdit }: CandidateApplicationsProps) {
  const { t } = useTranslation('recruiting');
  return (
    <section className="section" aria-labelledby="candidate-applications-heading">
      <h2 id="candidate-applications-heading">{t('applications.heading')}</h2>
      {applications.length === 0 ? (
        <p className="empty-note">{canEdit ? t('applications.noneRecruiter') : t('applications.none')}</p>
      ) : (
        <ul className="application-list">
          {applications.map((application) => (
            <li key={application.id} className="card application-list-item">
              <h3>
                <Link to={`/jobs/${application.jobId}/applications/${application.id}`}>
                  {application.jobTitle}
                </Link>
              </h3>
              <p className="job-facts">
                <span className={applicationStatusBadge[application.status]}>
                  {applicationStatusLabel(application.status, t)}
                </span>
                {t('applications.inStage', { stage: application.stageName })}
              </p>
            </li>
          ))}
        </ul>
      )}
      {canEdit && (
        <AddApplicationForm candidate={candidate} appliedJobIds={applications.map((a) => a.jobId)} />
      )}
    </section>
  );
}

/** Picks one of the open jobs the candidate has not applied to; they start in its first stage. */
function AddApplicationForm({ candidate, appliedJobIds }: { candidate: Candidate; appliedJobIds: string[] }) {
  const { t } = useTranslation('recruiting');
  const jobs = useQuery(openJobChoicesQuery);
  const [jobId, setJobId] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (chosen: string) =>
      recruitingApi.createApplication({ candidateId: candidate.id, jobId: chosen }),
    meta: { invalidates: [recruitingKeys.candidate(candidate.id), recruitingKeys.job(jobId)] },
    onSuccess: (application) => {
      setDone(t('applications.added', { name: candidate.name, job: application.jobTitle }));
      setJobId('');
    },
  });
  const choices = (jobs.data?.jobs ?? []).filter((job) => !appliedJobIds.includes(job.id));
  if (jobs.isSuccess && choices.length === 0) {
    return <p className="text-muted">{t('applications.noOpenJobs')}</p>;
  }
  const alreadyApplied = add.error instanceof ApiError && add.error.code === 'ALREADY_APPLIED';
  return (
    <form
      className="form-inline add-application"
      aria-label={t('applications.addLabel', { name: candidate.name })}
      onSubmit={(event) => {
        event.preventDefault();
        setDone(null);
        if (jobId) add.mutate(jobId);
      }}
    >
      <SuccessMessage>{done}</SuccessMessage>
      {add.error !== null && !alreadyApplied && <ErrorAlert error={add.error} />}
      {alreadyApplied && <p className="alert alert-info">{t('applications.alreadyApplied')}</p>}
      <Field label={t('applications.job')}>
        {(control) => (
          <select {...control} value={jobId} onChange={(event) => setJobId(event.target.value)}>
            <option value="">{t('applications.chooseJob')}</option>
            {choices.map((job) => (
              <option key={job.id} value={job.id}>
                {job.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <button type="submit" className="button button-primary" disabled={!jobId || add.isPending}>
        {add.isPending ? t('applications.adding') : t('applications.add')}
      </button>
    </form>
  );
}
