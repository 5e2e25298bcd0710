import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/parley-client.ts';
import type { AuditEventQuery } from '../../../api/zoom-types.ts';
import { ErrorAlert, SuccessMessage } from '../../../components/alerts.tsx';
import { Loading } from '../../../components/loading.tsx';
import { PageHeading } from '../../../components/page-heading.tsx';
import { useApiResource } from '../../../components/use-api-resource.ts';
import { startOfZonedDay } from '../../../format/zoned-day.ts';
import { useMe } from '../../../session/session-context.tsx';
import { AuditLogFilters, type AuditLogFilterValues, noAuditLogFilters } from './audit-log-filters.tsx';
import { AuditLogTable } from './audit-log-table.tsx';
import { useAuditEvents } from './use-audit-events.ts';

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

/** Settings → Audit log (B5): who changed which connection when, and with what result. */
export function AuditLogPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [filters, setFilters] = useState<AuditLogFilterValues>(noAuditLogFilters);
  const [loadedMore, setLoadedMore] = useState<string | null>(null);
  const users = useApiResource(() => api.listUsers(), []);
  const rangeInverted = filters.fromDate !== '' && filters.toDate !== '' && filters.fromDate > filters.toDate;
  const query = useMemo(
    () => (rangeInverted ? null : toQuery(filters, me.user.timeZone)),
    [filters, rangeInverted, me.user.timeZone],
  );
  const { state, loadMore, loadingMore, moreError, reload } = useAuditEvents(query);

  async function showMore() {
    setLoadedMore(null);
    const added = await loadMore();
    if (added > 0) setLoadedMore(t('auditLog.loadedMore', { number: added }));
  }

  return (
    <>
      <PageHeading documentTitle={t('auditLog.title')} intro={t('auditLog.intro')}>
        {t('auditLog.title')}
      </PageHeading>
      <AuditLogFilters
        values={filters}
        users={users.state.status === 'loaded' ? users.state.data : []}
        dateRangeError={rangeInverted ? t('auditLog.dateRangeInverted') : undefined}
        onChange={(values) => {
          setLoadedMore(null);
          setFilters(values);
        }}
      />
      <section className="section" aria-labelledby="audit-events-heading">
        <h2 id="audit-events-heading" className="visually-hidden">
          {t('auditLog.tableCaption')}
        </h2>
        {query === null ? null : state.status === 'loading' ? (
          <Loading />
        ) : state.status === 'failed' ? (
          <ErrorAlert error={state.error} onRetry={reload} />
        ) : state.events.length === 0 ? (
          <p className="empty-note" role="status">
            {filters === noAuditLogFilters ? t('auditLog.empty') : t('auditLog.emptyFiltered')}
          </p>
        ) : (
          <>
            <AuditLogTable events={state.events} />
            <SuccessMessage>{loadedMore}</SuccessMessage>
            {moreError !== null && <ErrorAlert error={moreError} />}
            {state.nextBefore !== null ? (
              <div className="form-actions load-more">
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={showMore}
                  disabled={loadingMore}
                >
                  {loadingMore ? t('app.loading') : t('auditLog.loadMore')}
                </button>
              </div>
            ) : (
              <p className="field-hint load-more">{t('auditLog.end')}</p>
            )}
          </>
        )}
      </section>
    </>
  );
}
