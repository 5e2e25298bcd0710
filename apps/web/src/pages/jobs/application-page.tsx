import type { ApplicationCard, Job } from '@parley/api-contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { recruitingApi } from '../../api/recruiting-client.ts';
import { ErrorAlert, SuccessMessage } from '../../components/alerts.tsx';
import { isEditConflict } from '../../components/edit-conflict.ts';
import { PageHeading } from '../../components/page-heading.tsx';
import { useDateTimeFormat } from '../../format/use-date-time.ts';
import { QueryView } from '../../queries/query-view.tsx';
import { applicationHistoryQuery, jobQuery, recruitingKeys } from '../../queries/recruiting-queries.ts';
import { useMe } from '../../session/session-context.tsx';
import { nameLanguage } from '../candidates/person-name.tsx';
import { ApplicationHistory } from './application-history.tsx';
import { applicationStatusBadge, applicationStatusLabel } from './application-labels.ts';
import { CloseApplicationDialog, type CloseKind } from './close-application-dialog.tsx';
import { MoveToMenu } from './move-to-menu.tsx';
import '../../styles/recruiting.css';

/**
 * One application: where it stands, what recruiters can do with it (move, reject or withdraw with a
 * reason, reopen) and its history of moves from the audit log.
 */
export function ApplicationPage() {
  const { t } = useTranslation('recruiting');
  const { jobId = '', applicationId = '' } = useParams();
  const detail = useQuery(applicationHistoryQuery(applicationId));
  const job = useQuery(jobQuery(jobId));
  return (
    <>
      <p className="back-link">
        <Link to={`/jobs/${jobId}`}>← {job.data?.title ?? t('jobs.backToJobs')}</Link>
      </p>
      <QueryView query={detail}>
        {({ application, history }) => (
          <>
            <PageHeading documentTitle={application.candidate.name}>
              <span lang={nameLanguage(application.candidate.name)}>{application.candidate.name}</span>
            </PageHeading>
            <ApplicationSummary application={application} job={job.data} />
            <ApplicationHistory history={history} />
          </>
        )}
      </QueryView>
    </>
  );
}

/** Job, stage, status and the actions; a stale version (someone acted first) is explained and refetched. */
function ApplicationSummary({ application, job }: { application: ApplicationCard; job: Job | undefined }) {
  const { t } = useTranslation('recruiting');
  const formatDateTime = useDateTimeFormat();
  const queryClient = useQueryClient();
  const me = useMe();
  const canEdit = me.user.role === 'admin' || me.user.role === 'recruiter';
  const [closing, setClosing] = useState<CloseKind | null>(null);
  const [announcement, setAnnouncement] = useState<string | null>(null);
  const invalidates = [
    recruitingKeys.application(application.id),
    recruitingKeys.job(application.jobId),
    recruitingKeys.candidate(application.candidateId),
  ];
  const change = useMutation({
    mutationFn: (action: () => Promise<ApplicationCard>) => action(),
    meta: { invalidates },
    onSuccess: (changed) => {
      setClosing(null);
      const name = changed.candidate.name;
      setAnnouncement(
        changed.status === 'active'
          ? t('applications.nowIn', { name, stage: changed.stageName })
          : changed.status === 'rejected'
            ? t('applications.rejectedNotice', { name })
            : t('applications.withdrawnNotice', { name }),
      );
    },
    onError: (error) => {
      if (isEditConflict(error)) {
        setClosing(null);
        void queryClient.invalidateQueries({ queryKey: recruitingKeys.application(application.id) });
      }
    },
  });
  const active = application.status === 'active';
  const stages = [...(job?.stages ?? [])].sort((a, b) => a.position - b.position);
  return (
    <section className="section" aria-labelledby="application-heading">
      <h2 id="application-heading" className="visually-hidden">
        {t('applications.summary')}
      </h2>
      <SuccessMessage>{announcement}</SuccessMessage>
      {change.error !== null &&
        (isEditConflict(change.error) ? (
          <p className="alert alert-warning" role="alert">
            {t('jobs.conflict')}
          </p>
        ) : (
          closing === null && <ErrorAlert error={change.error} />
        ))}
      <dl className="facts facts-boxed">
        <div>
          <dt>{t('applications.job')}</dt>
          <dd>
            <Link to={`/jobs/${application.jobId}`}>{application.jobTitle}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('applications.stage')}</dt>
          <dd>{application.stageName}</dd>
        </div>
        <div>
          <dt>{t('applications.statusLabel')}</dt>
          <dd>
            <span className={applicationStatusBadge[application.status]}>
              {applicationStatusLabel(application.status, t)}
            </span>
            {application.closedReason && (
              <span className="closed-reason">
                {t('applications.reasonIs', { reason: application.closedReason })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('applications.inStageSince')}</dt>
          <dd>{formatDateTime(application.stageEnteredAt)}</dd>
        </div>
        <div>
          <dt>{t('applications.candidate')}</dt>
          <dd>
            <Link to={`/candidates/${application.candidateId}`}>{application.candidate.email}</Link>
          </dd>
        </div>
      </dl>
      <div className="toolbar application-actions">
        {canEdit && active && (
          <>
            <MoveToMenu
              candidateName={application.candidate.name}
              stages={stages.filter((stage) => stage.id !== application.stageId)}
              busy={change.isPending}
              onMove={(stage) => change.mutate(() => recruitingApi.moveApplication(application, stage.id))}
            />
            <button
              type="button"
              className="button button-danger-outline"
              onClick={() => setClosing('reject')}
            >
              {t('applications.reject')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setClosing('withdraw')}>
              {t('applications.withdraw')}
            </button>
          </>
        )}
        {canEdit && !active && (
          <button
            type="button"
            className="button button-secondary"
            disabled={change.isPending}
            onClick={() => change.mutate(() => recruitingApi.reopenApplication(application))}
          >
            {change.isPending ? t('applications.reopening') : t('applications.reopen')}
          </button>
        )}
        {application.canSchedule && (
          <Link
            className="button button-primary"
            to={`/jobs/${application.jobId}/applications/${application.id}/schedule`}
          >
            {t('jobs.board.scheduleInterview')}
          </Link>
        )}
      </div>
      {closing && (
        <CloseApplicationDialog
          kind={closing}
          candidateName={application.candidate.name}
          busy={change.isPending}
          error={isEditConflict(change.error) ? null : change.error}
          onCancel={() => {
            setClosing(null);
            change.reset();
          }}
          onConfirm={(reason) =>
            change.mutate(() => recruitingApi.closeApplication(application, closing, reason))
          }
        />
      )}
    </section>
  );
}
