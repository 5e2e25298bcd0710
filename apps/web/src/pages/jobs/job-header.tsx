import type { Job } from '@parley/api-contract';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { recruitingApi } from '../../api/recruiting-client.ts';
import { isEditConflict } from '../../components/edit-conflict.ts';
import { ChangeProblem } from '../../components/form-parts.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { jobQuery, recruitingKeys } from '../../queries/recruiting-queries.ts';
import { JobEditForm } from './job-edit-form.tsx';
import { JobFacts } from './job-facts.tsx';

interface JobHeaderProps {
  job: Job;
  isAdmin: boolean;
  canEdit: boolean;
}

/**
 * Title, status, facts and hiring team of the job; recruiters and admins edit it and its stages, admins
 * close and reopen it. A stale version (someone changed the job first) is explained.
 */
export function JobHeader({ job, isAdmin, canEdit }: JobHeaderProps) {
  const { t } = useTranslation('recruiting');
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const changeStatus = useMutation({
    mutationFn: (current: Job) =>
      current.status === 'open' ? recruitingApi.closeJob(current) : recruitingApi.reopenJob(current),
    meta: { invalidates: [recruitingKeys.jobLists, recruitingKeys.job(job.id)] },
    onSuccess: (changed) => queryClient.setQueryData(jobQuery(job.id).queryKey, changed),
    onError: (error) => {
      if (isEditConflict(error)) void queryClient.invalidateQueries({ queryKey: recruitingKeys.job(job.id) });
    },
  });
  const open = job.status === 'open';
  const busyLabel = open ? t('jobs.closing') : t('jobs.reopening');
  return (
    <>
      <PageHeading documentTitle={job.title}>{job.title}</PageHeading>
      <div className="section-header">
        <JobFacts job={job} />
        <div className="toolbar job-actions">
          {canEdit && !editing && (
            <button type="button" className="button button-secondary" onClick={() => setEditing(true)}>
              {t('jobs.edit.button')}
            </button>
          )}
          {canEdit && (
            <Link className="button button-secondary" to={`/jobs/${job.id}/stages`}>
              {t('stages.link')}
            </Link>
          )}
          {isAdmin && (
            <button
              type="button"
              className={open ? 'button button-danger-outline' : 'button button-secondary'}
              disabled={changeStatus.isPending}
              onClick={() => changeStatus.mutate(job)}
            >
              {changeStatus.isPending ? busyLabel : open ? t('jobs.close') : t('jobs.reopen')}
            </button>
          )}
        </div>
      </div>
      <p className="text-muted hiring-team">
        {job.hiringTeam.length > 0
          ? t('jobs.hiringTeam', { names: job.hiringTeam.map((member) => member.name).join(', ') })
          : t('jobs.noHiringTeam')}
      </p>
      {!open && <p className="alert alert-info">{t('jobs.closedNotice')}</p>}
      <ChangeProblem error={changeStatus.error} conflict={t('jobs.conflict')} />
      {editing && <JobEditForm job={job} onDone={() => setEditing(false)} />}
    </>
  );
}
