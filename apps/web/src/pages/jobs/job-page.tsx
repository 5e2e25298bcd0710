import type { Job } from '@parley/api-contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { recruitingApi } from '../../api/recruiting-client.ts';
import { ErrorAlert } from '../../components/alerts.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { QueryView } from '../../queries/query-view.tsx';
import { jobBoardQuery, jobQuery, recruitingKeys } from '../../queries/recruiting-queries.ts';
import { useMe } from '../../session/session-context.tsx';
import { isEditConflict } from './edit-conflict.ts';
import { JobBoard } from './job-board.tsx';
import '../../styles/recruiting.css';
import { employmentTypeLabel, jobStatusLabel } from './job-labels.ts';

/** A job: its header (status; admins close and reopen it) and its pipeline board. */
export function JobPage() {
  const { t } = useTranslation('recruiting');
  const { jobId = '' } = useParams();
  const job = useQuery(jobQuery(jobId));
  const board = useQuery(jobBoardQuery(jobId));
  const me = useMe();
  const canEdit = me.user.role === 'admin' || me.user.role === 'recruiter';
  return (
    <>
      <p className="back-link">
        <Link to="/jobs">← {t('jobs.backToJobs')}</Link>
      </p>
      <QueryView query={job}>
        {(loadedJob) => (
          <>
            <JobHeader job={loadedJob} isAdmin={me.user.role === 'admin'} />
            <QueryView query={board}>
              {(loadedBoard) => <JobBoard job={loadedJob} board={loadedBoard} canEdit={canEdit} />}
            </QueryView>
          </>
        )}
      </QueryView>
    </>
  );
}

/** Title, status and facts of the job; close or reopen for admins, with a stale version explained. */
function JobHeader({ job, isAdmin }: { job: Job; isAdmin: boolean }) {
  const { t } = useTranslation('recruiting');
  const queryClient = useQueryClient();
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
        <p className="job-facts">
          <span className={open ? 'badge badge-success' : 'badge badge-neutral'}>
            {jobStatusLabel(job.status, t)}
          </span>
          {[job.department, job.location, employmentTypeLabel(job.employmentType, t)]
            .filter(Boolean)
            .join(' · ')}
        </p>
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
      {!open && <p className="alert alert-info">{t('jobs.closedNotice')}</p>}
      {changeStatus.error !== null &&
        (isEditConflict(changeStatus.error) ? (
          <p className="alert alert-warning" role="alert">
            {t('jobs.conflict')}
          </p>
        ) : (
          <ErrorAlert error={changeStatus.error} />
        ))}
    </>
  );
}
