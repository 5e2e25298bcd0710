import type { FlaggedInterviewResponse } from '@parley/api-contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { meetingGuardApi } from '../../../api/meeting-guard-client.ts';
import { ErrorAlert, SuccessMessage } from '../../../components/alerts.tsx';
import { DataTable } from '../../../components/data-table.tsx';
import { useDateTimeFormat } from '../../../format/use-date-time.ts';
import { flaggedInterviewsQuery } from '../../../queries/meeting-guard-queries.ts';
import { QueryView } from '../../../queries/query-view.tsx';
import { zoomKeys } from '../../../queries/zoom-queries.ts';

function flagLabel(reason: FlaggedInterviewResponse['flag']['reason'], t: TFunction<'interviews'>): string {
  switch (reason) {
    case 'needs_reconnect':
      return t('flaggedInterviews.reason.needs_reconnect');
    case 'removed':
      return t('flaggedInterviews.reason.removed');
    case 'host_unavailable':
      return t('flaggedInterviews.reason.host_unavailable');
    case 'meeting_missing':
      return t('flaggedInterviews.reason.meeting_missing');
  }
}

/**
 * Settings → Zoom for admins: the upcoming interviews flagged because the Zoom connection their meeting
 * depends on broke or was removed (docs/interviews.md, "Connection loss"), each linking to its page, and
 * *Re-validate* to check them all once Zoom is connected again.
 */
export function FlaggedInterviewsSection() {
  const { t } = useTranslation('interviews');
  const formatDateTime = useDateTimeFormat();
  const flagged = useQuery(flaggedInterviewsQuery);
  const revalidate = useMutation({
    mutationFn: meetingGuardApi.revalidateFlaggedInterviews,
    meta: { invalidates: [zoomKeys.flaggedInterviews, ['interviews']] },
  });
  const result = revalidate.data;
  return (
    <section className="section flagged-interviews" aria-labelledby="flagged-interviews-heading">
      <div className="section-header">
        <h2 id="flagged-interviews-heading">{t('flaggedInterviews.heading')}</h2>
        <button
          type="button"
          className="button button-secondary"
          disabled={revalidate.isPending || (flagged.data?.length ?? 0) === 0}
          onClick={() => revalidate.mutate()}
        >
          {revalidate.isPending ? t('flaggedInterviews.revalidating') : t('flaggedInterviews.revalidate')}
        </button>
      </div>
      <p className="section-intro">{t('flaggedInterviews.intro')}</p>
      <SuccessMessage>{result ? t('flaggedInterviews.revalidated', { ...result }) : null}</SuccessMessage>
      {revalidate.error !== null && <ErrorAlert error={revalidate.error} />}
      <QueryView query={flagged}>
        {(interviews) =>
          interviews.length === 0 ? (
            <p className="empty-note">{t('flaggedInterviews.empty')}</p>
          ) : (
            <DataTable
              caption={t('flaggedInterviews.heading')}
              columns={[
                t('flaggedInterviews.interview'),
                t('flaggedInterviews.start'),
                t('flaggedInterviews.host'),
                t('flaggedInterviews.why'),
              ]}
            >
              {interviews.map((interview) => (
                <tr key={interview.id}>
                  <th scope="row">
                    <Link to={`/interviews/${interview.id}`}>{interview.candidateName}</Link>
                    <span className="cell-subtitle">{interview.jobTitle}</span>
                  </th>
                  <td>
                    <time dateTime={interview.startAt}>{formatDateTime(interview.startAt)}</time>
                  </td>
                  <td>{interview.hostLabel}</td>
                  <td>
                    {flagLabel(interview.flag.reason, t)}
                    <span className="cell-subtitle">
                      {t('flaggedInterviews.since', { time: formatDateTime(interview.flag.since) })}
                    </span>
                  </td>
                </tr>
              ))}
            </DataTable>
          )
        }
      </QueryView>
    </section>
  );
}
