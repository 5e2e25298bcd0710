import type { AuditEventQuery } from '@parley/api-contract';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SuccessMessage } from '../../../components/alerts.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { startOfZonedDay } from '../../../format/zoned-day.ts';
import { usersQuery } from '../../../queries/accounts-queries.ts';
import { auditEventsQuery } from '../../../queries/audit-queries.ts';
import { PagedQueryView } from '../../../queries/paged-query-view.tsx';
import { useMe } from '../../../session/session-context.tsx';
import { AuditLogFilters, type AuditLogFilterValues, noAuditLogFilters } from './audit-log-filters.tsx';
import { AuditLogTable } from './audit-log-table.tsx';

/** The filters as a query: whole days in the viewer's time zone, the end day included. */
function toQuery(filters: AuditLogFilterValues, timeZone: string): AuditEventQuery {
  const query: AuditEventQuery = {};
  if (filters.action) query.action = filters.action;
  if (filters.actorUserId) query.actorUserId = filters.actorUserId;
  const from = startOfZonedDay(filters.fromDate, timeZone);
  const to = startOfZonedDay(filters.toDate, timeZone, 1);
  if (from) query.from = from;
  if (to) query.to = to;
  return query;
}

/** Settings → Audit log: who changed which connection when, and with what result. */
export function AuditLogPage() {
  const { t } = useTranslation('audit');
  const me = useMe();
  const [filters, setFilters] = useState<AuditLogFilterValues>(noAuditLogFilters);
  const [loadedMore, setLoadedMore] = useState<string | null>(null);
  const users = useQuery(usersQuery);
  const rangeInverted = filters.fromDate !== '' && filters.toDate !== '' && filters.fromDate > filters.toDate;
  const query = useMemo(
    () => (rangeInverted ? null : toQuery(filters, me.user.timeZone)),
    [filters, rangeInverted, me.user.timeZone],
  );
  // While the filters are invalid there is nothing to ask for; the key of "no filters" stands in.
  const events = useInfiniteQuery({ ...auditEventsQuery(query ?? {}), enabled: query !== null });

  async function showMore() {
    setLoadedMore(null);
    const result = await events.fetchNextPage();
    const added = result.isFetchNextPageError ? 0 : (result.data?.pages.at(-1)?.events.length ?? 0);
    if (added > 0) setLoadedMore(t('audit.log.loadedMore', { number: added }));
  }

  const loadedEvents = events.data?.pages.flatMap((page) => page.events) ?? [];

  return (
    <>
      <PageHeading documentTitle={t('audit.log.title')} intro={t('audit.log.intro')}>
        {t('audit.log.title')}
      </PageHeading>
      <AuditLogFilters
        values={filters}
        users={users.data ?? []}
        dateRangeError={rangeInverted ? t('audit.log.dateRangeInverted') : undefined}
        onChange={(values) => {
          setLoadedMore(null);
          setFilters(values);
        }}
      />
      <section className="section" aria-labelledby="audit-events-heading">
        <h2 id="audit-events-heading" className="visually-hidden">
          {t('audit.log.tableCaption')}
        </h2>
        {query !== null && (
          <PagedQueryView
            query={events}
            items={loadedEvents}
            empty={
              <p className="empty-note" role="status">
                {filters === noAuditLogFilters ? t('audit.log.empty') : t('audit.log.emptyFiltered')}
              </p>
            }
            loadMore={t('audit.log.loadMore')}
            loadingMore={t('app.loading')}
            onLoadMore={showMore}
            afterItems={<SuccessMessage>{loadedMore}</SuccessMessage>}
            end={<p className="field-hint load-more">{t('audit.log.end')}</p>}
          >
            {(items) => <AuditLogTable events={items} />}
          </PagedQueryView>
        )}
      </section>
    </>
  );
}
