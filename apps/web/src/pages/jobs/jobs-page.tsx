import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { JobListQuery } from '../../api/recruiting-api.ts';
import { EmptyState } from '../../components/empty-state.tsx';
import { Field } from '../../components/field.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { jobListQuery } from '../../queries/recruiting-queries.ts';
import { useMe } from '../../session/session-context.tsx';
import { jobStatusLabel, jobStatusValues } from './job-labels.ts';
import { JobList } from './job-list.tsx';
import '../../styles/recruiting.css';
import { PagedQueryView } from '../../queries/paged-query-view.tsx';

interface JobFilters {
  search: string;
  status: JobListQuery['status'] | '';
  department: string;
}

const noFilters: JobFilters = { search: '', status: '', department: '' };

/** Jobs: search, status and department filters, pages of jobs, and "New job" for admins. */
export function JobsPage() {
  const { t } = useTranslation('recruiting');
  const me = useMe();
  const [filters, setFilters] = useState<JobFilters>(noFilters);
  const search = useDebouncedValue(filters.search.trim(), 300);
  const query: JobListQuery = {
    ...(search && { search }),
    ...(filters.status && { status: filters.status }),
    ...(filters.department && { department: filters.department }),
  };
  const jobs = useInfiniteQuery(jobListQuery(query));
  const loaded = jobs.data?.pages.flatMap((page) => page.jobs) ?? [];
  const departments = jobs.data?.pages[0]?.departments ?? [];
  const filtered = Object.keys(query).length > 0;
  const isAdmin = me.user.role === 'admin';

  return (
    <>
      <PageHeading documentTitle={t('jobs.title')}>{t('jobs.title')}</PageHeading>
      {isAdmin && (
        <div className="toolbar">
          <Link className="button button-primary" to="/jobs/new">
            {t('jobs.newJob')}
          </Link>
        </div>
      )}
      <form className="filters" aria-label={t('jobs.filters')} onSubmit={(event) => event.preventDefault()}>
        <Field label={t('jobs.search')}>
          {(control) => (
            <input
              {...control}
              type="search"
              value={filters.search}
              placeholder={t('jobs.searchPlaceholder')}
              onChange={(event) => setFilters({ ...filters, search: event.target.value })}
            />
          )}
        </Field>
        <Field label={t('jobs.status')}>
          {(control) => (
            <select
              {...control}
              value={filters.status}
              onChange={(event) =>
                setFilters({
                  ...filters,
                  status: jobStatusValues.find((status) => status === event.target.value) ?? '',
                })
              }
            >
              <option value="">{t('jobs.statusAll')}</option>
              {jobStatusValues.map((status) => (
                <option key={status} value={status}>
                  {jobStatusLabel(status, t)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('jobs.department')}>
          {(control) => (
            <select
              {...control}
              value={filters.department}
              onChange={(event) => setFilters({ ...filters, department: event.target.value })}
            >
              <option value="">{t('jobs.departmentAll')}</option>
              {departments.map((department) => (
                <option key={department} value={department}>
                  {department}
                </option>
              ))}
            </select>
          )}
        </Field>
      </form>
      <section className="section" aria-labelledby="job-list-heading">
        <h2 id="job-list-heading" className="visually-hidden">
          {t('jobs.title')}
        </h2>
        <PagedQueryView
          query={jobs}
          items={loaded}
          empty={
            filtered ? (
              <EmptyState title={t('jobs.noMatchTitle')} text={t('jobs.noMatchText')} />
            ) : (
              <EmptyState
                title={t('jobs.emptyTitle')}
                text={isAdmin ? t('jobs.emptyTextAdmin') : t('jobs.emptyTextMember')}
              />
            )
          }
          loadMore={t('jobs.loadMore')}
          loadingMore={t('jobs.loadingMore')}
        >
          {(items) => <JobList jobs={items} />}
        </PagedQueryView>
      </section>
    </>
  );
}
