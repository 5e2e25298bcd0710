import type { Job } from '@parley/api-contract';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { SuccessMessage } from '../../components/alerts.tsx';
import { QueryView } from '../../queries/query-view.tsx';
import { jobBoardQuery, jobQuery } from '../../queries/recruiting-queries.ts';
import { useMe } from '../../session/session-context.tsx';
import { AddApplicationDialog } from './add-application-dialog.tsx';
import { JobApplicationsTable } from './job-applications-table.tsx';
import { JobBoard } from './job-board.tsx';
import { JobHeader } from './job-header.tsx';
import '../../styles/recruiting.css';

/** A job: its header (status; admins close and reopen it) and its pipeline board. */
export function JobPage() {
  const { t } = useTranslation('recruiting');
  const { jobId = '' } = useParams();
  const job = useQuery(jobQuery(jobId));
  const [searchParams, setSearchParams] = useSearchParams();
  const table = searchParams.get('view') === 'table';
  const board = useQuery({ ...jobBoardQuery(jobId), enabled: !table });
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
            <JobHeader job={loadedJob} isAdmin={me.user.role === 'admin'} canEdit={canEdit} />
            {canEdit && loadedJob.status === 'open' && <AddApplicants job={loadedJob} />}
            <ViewSwitch
              table={table}
              onChange={(showTable) => setSearchParams(showTable ? { view: 'table' } : {})}
            />
            {table ? (
              <JobApplicationsTable job={loadedJob} />
            ) : (
              <QueryView query={board}>
                {(loadedBoard) => <JobBoard job={loadedJob} board={loadedBoard} canEdit={canEdit} />}
              </QueryView>
            )}
          </>
        )}
      </QueryView>
    </>
  );
}

/** "Add candidate" (a new person, who applies at once) and "Add existing candidate" (a search). */
function AddApplicants({ job }: { job: Job }) {
  const { t } = useTranslation('recruiting');
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);
  return (
    <>
      <div className="toolbar">
        <Link className="button button-primary" to={`/candidates/new?jobId=${job.id}`}>
          {t('candidates.new')}
        </Link>
        <button type="button" className="button button-secondary" onClick={() => setAdding(true)}>
          {t('applications.addExisting')}
        </button>
      </div>
      <SuccessMessage>{added}</SuccessMessage>
      {adding && (
        <AddApplicationDialog
          job={job}
          onClose={() => setAdding(false)}
          onAdded={(candidate) => {
            setAdding(false);
            setAdded(t('applications.added', { name: candidate.name, job: job.title }));
          }}
        />
      )}
    </>
  );
}

/** Board or table: two buttons that say which one is shown (the choice is in the address, `?view=table`). */
function ViewSwitch({ table, onChange }: { table: boolean; onChange: (table: boolean) => void }) {
  const { t } = useTranslation('recruiting');
  return (
    <fieldset className="view-switch">
      <legend className="visually-hidden">{t('jobs.view.label')}</legend>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-pressed={!table}
        onClick={() => onChange(false)}
      >
        {t('jobs.view.board')}
      </button>
      <button
        type="button"
        className="button button-secondary button-small"
        aria-pressed={table}
        onClick={() => onChange(true)}
      >
        {t('jobs.view.table')}
      </button>
    </fieldset>
  );
}
