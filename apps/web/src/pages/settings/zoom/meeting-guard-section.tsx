import type { MeetingGuardResponse, ReconcileCounts } from '@parley/api-contract';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { meetingGuardApi } from '../../../api/meeting-guard-client.ts';
import { ErrorAlert } from '../../../components/alerts.tsx';
import { useDateTimeFormat } from '../../../format/use-date-time.ts';
import { meetingGuardQuery } from '../../../queries/meeting-guard-queries.ts';
import { QueryView } from '../../../queries/query-view.tsx';

/** The counts a run records, in the order the page lists them. */
const countOrder: readonly (keyof ReconcileCounts)[] = [
  'interviewsChecked',
  'hostsListed',
  'missing',
  'recreated',
  'orphansDeleted',
  'drifted',
  'unknownMarked',
  'failedHosts',
];

/**
 * Settings → Zoom for admins: whether a meeting deleted in Zoom is recreated at once, and the reconcile
 * job (docs/interviews.md, "Reconcile") — run it now and read what the last run found. The last run
 * updates live: the job's write reaches the page through the change stream.
 */
export function MeetingGuardSection() {
  const { t } = useTranslation('interviews');
  const queryClient = useQueryClient();
  const guard = useQuery(meetingGuardQuery);
  const store = (answer: MeetingGuardResponse) =>
    queryClient.setQueryData(meetingGuardQuery.queryKey, answer);
  const autoRecreate = useMutation({ mutationFn: meetingGuardApi.setAutoRecreate, onSuccess: store });
  const reconcile = useMutation({ mutationFn: meetingGuardApi.requestReconcile, onSuccess: store });
  return (
    <section className="section meeting-guard" aria-labelledby="meeting-guard-heading">
      <h2 id="meeting-guard-heading">{t('meetingGuard.heading')}</h2>
      <p className="section-intro">{t('meetingGuard.intro')}</p>
      <QueryView query={guard}>
        {(loaded) => (
          <>
            <label className="checkbox-field">
              <input
                type="checkbox"
                checked={loaded.autoRecreate}
                disabled={autoRecreate.isPending}
                onChange={(event) => autoRecreate.mutate(event.target.checked)}
              />
              {t('meetingGuard.autoRecreate')}
            </label>
            <p className="field-hint">{t('meetingGuard.autoRecreateHint')}</p>
            {autoRecreate.error !== null && <ErrorAlert error={autoRecreate.error} />}
            <div className="section-header">
              <h3>{t('meetingGuard.reconcileHeading')}</h3>
              <button
                type="button"
                className="button button-secondary"
                disabled={reconcile.isPending || isRunning(loaded)}
                onClick={() => reconcile.mutate()}
              >
                {isRunning(loaded) ? t('meetingGuard.reconciling') : t('meetingGuard.reconcile')}
              </button>
            </div>
            <p className="field-hint">{t('meetingGuard.reconcileHint')}</p>
            {reconcile.error !== null && <ErrorAlert error={reconcile.error} />}
            <LastReconcile run={loaded.lastReconcile} />
          </>
        )}
      </QueryView>
    </section>
  );
}

function countLabel(count: keyof ReconcileCounts, t: TFunction<'interviews'>): string {
  switch (count) {
    case 'interviewsChecked':
      return t('meetingGuard.counts.interviewsChecked');
    case 'hostsListed':
      return t('meetingGuard.counts.hostsListed');
    case 'missing':
      return t('meetingGuard.counts.missing');
    case 'recreated':
      return t('meetingGuard.counts.recreated');
    case 'orphansDeleted':
      return t('meetingGuard.counts.orphansDeleted');
    case 'drifted':
      return t('meetingGuard.counts.drifted');
    case 'unknownMarked':
      return t('meetingGuard.counts.unknownMarked');
    case 'failedHosts':
      return t('meetingGuard.counts.failedHosts');
  }
}

function isRunning(guard: MeetingGuardResponse): boolean {
  return guard.lastReconcile !== null && guard.lastReconcile.finishedAt === null;
}

function LastReconcile({ run }: { run: MeetingGuardResponse['lastReconcile'] }) {
  const { t } = useTranslation('interviews');
  const formatDateTime = useDateTimeFormat();
  if (!run) return <p className="empty-note">{t('meetingGuard.neverRun')}</p>;
  const by = run.trigger === 'admin' ? t('meetingGuard.byAdmin') : t('meetingGuard.bySchedule');
  if (!run.finishedAt) {
    return (
      <p className="last-reconcile" role="status">
        {t('meetingGuard.running', { time: formatDateTime(run.startedAt), by })}
      </p>
    );
  }
  return (
    <div className="last-reconcile" role="status">
      <p>{t('meetingGuard.lastRun', { time: formatDateTime(run.finishedAt), by })}</p>
      {run.error !== null && (
        <p className="alert alert-error">{t('meetingGuard.failed', { error: run.error })}</p>
      )}
      {run.counts && (
        <dl className="reconcile-counts">
          {countOrder.map((count) => (
            <div key={count}>
              <dt>{countLabel(count, t)}</dt>
              <dd>{run.counts?.[count]}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
