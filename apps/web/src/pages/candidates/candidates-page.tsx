import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { EmptyState } from '../../components/empty-state.tsx';
import { Field } from '../../components/field.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { useDebouncedValue } from '../../components/use-debounced-value.ts';
import { candidateListQuery } from '../../queries/recruiting-queries.ts';
import { useMe } from '../../session/session-context.tsx';
import { CandidateTable } from './candidate-table.tsx';
import '../../styles/recruiting.css';
import { PagedQueryView } from '../../queries/paged-query-view.tsx';

/**
 * Candidates: a search by name, e-mail or tag that the server answers (thousands of candidates stay
 * fast), a page of 50 at a time ("Load more"), and "Add candidate" / "Import" for recruiters and admins.
 */
export function CandidatesPage() {
  const { t } = useTranslation('recruiting');
  const me = useMe();
  const [searchText, setSearchText] = useState('');
  const search = useDebouncedValue(searchText.trim(), 300);
  const candidates = useInfiniteQuery(candidateListQuery(search ? { search } : {}));
  const loaded = candidates.data?.pages.flatMap((page) => page.candidates) ?? [];
  const canEdit = me.user.role === 'admin' || me.user.role === 'recruiter';

  return (
    <>
      <PageHeading documentTitle={t('candidates.title')}>{t('candidates.title')}</PageHeading>
      {canEdit && (
        <div className="toolbar">
          <Link className="button button-primary" to="/candidates/new">
            {t('candidates.new')}
          </Link>
          <Link className="button button-secondary" to="/candidates/import">
            {t('import.link')}
          </Link>
        </div>
      )}
      <form
        className="filters"
        aria-label={t('candidates.searchLabel')}
        onSubmit={(event) => event.preventDefault()}
      >
        <Field label={t('candidates.search')} hint={t('candidates.searchHint')}>
          {(control) => (
            <input
              {...control}
              type="search"
              value={searchText}
              onChange={(event) => setSearchText(event.target.value)}
            />
          )}
        </Field>
      </form>
      <section className="section" aria-labelledby="candidate-list-heading" aria-busy={candidates.isFetching}>
        <h2 id="candidate-list-heading" className="visually-hidden">
          {t('candidates.title')}
        </h2>
        <PagedQueryView
          query={candidates}
          items={loaded}
          empty={
            search ? (
              <EmptyState
                title={t('candidates.noMatchTitle', { search })}
                text={t('candidates.noMatchText')}
              />
            ) : (
              <EmptyState
                title={t('candidates.emptyTitle')}
                text={canEdit ? t('candidates.emptyTextRecruiter') : t('candidates.emptyTextInterviewer')}
              />
            )
          }
          loadMore={t('jobs.loadMore')}
          loadingMore={t('jobs.loadingMore')}
        >
          {(items) => <CandidateTable candidates={items} />}
        </PagedQueryView>
      </section>
    </>
  );
}
