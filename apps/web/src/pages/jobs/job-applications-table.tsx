import type { ApplicationStatus, Job } from '@parley/api-contract';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { DataTable } from '../../components/data-table.tsx';
import { Field } from '../../components/field.tsx';
import { useDateTimeFormat } from '../../format/use-date-time.ts';
import { PagedQueryView } from '../../queries/paged-query-view.tsx';
import { jobApplicationsQuery } from '../../queries/recruiting-queries.ts';
import { PersonName } from '../candidates/person-name.tsx';
import { applicationStatusLabel } from './application-labels.ts';

const statuses: ApplicationStatus[] = ['active', 'rejected', 'withdrawn'];

/**
 * The job's applications as a table, longest in their stage first: one status (active, rejected or
 * withdrawn) and optionally one stage, a page of 50 at a time. The board's alternative for long lists
 * and for reading on a phone.
 */
export function JobApplicationsTable({ job }: { job: Job }) {
  const { t } = useTranslation('recruiting');
  const formatDateTime = useDateTimeFormat();
  const [status, setStatus] = useState<ApplicationStatus>('active');
  const [stageId, setStageId] = useState('');
  const rows = useInfiniteQuery(jobApplicationsQuery(job.id, { status, ...(stageId && { stageId }) }));
  const loaded = rows.data?.pages.flatMap((page) => page.applications) ?? [];
  const stages = [...job.stages].sort((a, b) => a.position - b.position);
  return (
    <section className="section" aria-labelledby="applications-table-heading">
      <h2 id="applications-table-heading">{t('applications.table.heading')}</h2>
      <form
        className="filters"
        aria-label={t('applications.table.filters')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Field label={t('applications.statusLabel')}>
          {(control) => (
            <select
              {...control}
              value={status}
              onChange={(event) =>
                setStatus(statuses.find((value) => value === event.target.value) ?? 'active')
              }
            >
              {statuses.map((value) => (
                <option key={value} value={value}>
                  {applicationStatusLabel(value, t)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('applications.stage')}>
          {(control) => (
            <select {...control} value={stageId} onChange={(event) => setStageId(event.target.value)}>
              <option value="">{t('applications.table.allStages')}</option>
              {stages.map((stage) => (
                <option key={stage.id} value={stage.id}>
                  {stage.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      <PagedQueryView
        query={rows}
        items={loaded}
        empty={<p className="empty-note">{t('applications.table.empty')}</p>}
        loadMore={t('jobs.loadMore')}
        loadingMore={t('jobs.loadingMore')}
      >
        {(items) => (
          <DataTable
            caption={t('applications.table.heading')}
            columns={[
              t('applications.candidate'),
              t('applications.stage'),
              t('applications.inStageSince'),
              t('candidates.fields.source'),
            ]}
          >
            {items.map((application) => (
              <tr key={application.id}>
                <th scope="row">
                  <Link to={`/jobs/${job.id}/applications/${application.id}`}>
                    <PersonName name={application.candidate.name} />
                  </Link>
                </th>
                <td>{application.stageName}</td>
                <td className="cell-nowrap">{formatDateTime(application.stageEnteredAt)}</td>
                <td>{application.candidate.source}</td>
              </tr>
            ))}
          </DataTable>
        )}
      </PagedQueryView>
    </section>
  );
}
