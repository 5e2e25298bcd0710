import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/empty-state.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { interviewListQuery } from '../../queries/interviews-queries.ts';
import { QueryView } from '../../queries/query-view.tsx';
import { jobListQuery } from '../../queries/recruiting-queries.ts';
import { InterviewFiltersForm } from './interview-filters-form.tsx';
import { InterviewList } from './interview-list.tsx';
import { InterviewWeek } from './interview-week.tsx';
import { interviewListQueryOf, useInterviewFilters } from './use-interview-filters.ts';
import '../../styles/interviews.css';

/** How many interviews one answer holds at most (the server's default limit). */
const pageLimit = 200;

/**
 * Interviews: upcoming ones as a list by day, or a week at a time, filtered by job, state and dates;
 * "My interviews" for interviewers (the server shows them nothing else). Each links to its page.
 */
export function InterviewsPage() {
  const { t } = useTranslation('interviews');
  const { filters, change, canChooseMine, thisWeek, timeZone } = useInterviewFilters();
  const interviews = useQuery(interviewListQuery(interviewListQueryOf(filters, timeZone)));
  const jobs = useInfiniteQuery(jobListQuery({}));
  const jobOptions = jobs.data?.pages[0]?.jobs ?? [];
  const filtered = Boolean(filters.jobId || filters.state || filters.to || (canChooseMine && filters.mine));
  const title = canChooseMine ? t('title') : t('myTitle');
  return (
    <>
      <PageHeading documentTitle={title}>{title}</PageHeading>
      <InterviewFiltersForm
        filters={filters}
        onChange={change}
        canChooseMine={canChooseMine}
        jobs={jobOptions}
      />
      <section className="section" aria-labelledby="interview-results-heading">
        <h2 id="interview-results-heading" className="visually-hidden">
          {filters.view === 'week' ? t('view.week') : t('view.list')}
        </h2>
        <QueryView query={interviews}>
          {(loaded) =>
            filters.view === 'week' ? (
              <InterviewWeek
                interviews={loaded}
                week={filters.week}
                thisWeek={thisWeek}
                onWeekChange={(week) => change({ week })}
              />
            ) : loaded.length === 0 ? (
              filtered ? (
                <EmptyState title={t('list.noMatchTitle')} text={t('list.noMatchText')} />
              ) : (
                <EmptyState title={t('list.emptyTitle')} text={t('list.emptyText')} />
              )
            ) : (
              <>
                <InterviewList interviews={loaded} />
                {loaded.length >= pageLimit && (
                  <p className="text-muted">{t('list.limited', { count: pageLimit })}</p>
                )}
              </>
            )
          }
        </QueryView>
      </section>
    </>
  );
}
