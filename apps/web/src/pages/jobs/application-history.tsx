import type { ApplicationHistoryEntry } from '@parley/api-contract';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../components/data-table.tsx';
import { useDateTimeFormat } from '../../format/use-date-time.ts';

/** What happened, in words ("Moved", "Rejected"); an action this build does not know is shown as is. */
function actionLabel(action: string, t: TFunction<'recruiting'>): string {
  switch (action) {
    case 'application.created':
      return t('applications.history.created');
    case 'application.moved':
      return t('applications.history.moved');
    case 'application.rejected':
      return t('applications.history.rejected');
    case 'application.withdrawn':
      return t('applications.history.withdrawn');
    case 'application.reopened':
      return t('applications.history.reopened');
    default:
      return action;
  }
}

/** The application’s history, oldest first: when, who, what, from which stage to which, and why. */
export function ApplicationHistory({ history }: { history: ApplicationHistoryEntry[] }) {
  const { t } = useTranslation('recruiting');
  const formatDateTime = useDateTimeFormat();
  return (
    <section className="section" aria-labelledby="history-heading">
      <h2 id="history-heading">{t('applications.history.heading')}</h2>
      {history.length === 0 ? (
        <p className="empty-note">{t('applications.history.empty')}</p>
      ) : (
        <DataTable
          caption={t('applications.history.heading')}
          tableClassName="history-table"
          columns={[
            t('applications.history.when'),
            t('applications.history.who'),
            t('applications.history.what'),
            t('applications.history.from'),
            t('applications.history.to'),
            t('applications.reason'),
          ]}
        >
          {history.map((entry) => (
            <tr key={`${entry.at}-${entry.action}`}>
              <td className="cell-nowrap">{formatDateTime(entry.at)}</td>
              <td>{entry.actor?.name ?? t('applications.history.system')}</td>
              <td>{actionLabel(entry.action, t)}</td>
              <td>{entry.fromStage ?? '—'}</td>
              <td>{entry.toStage ?? '—'}</td>
              <td>{entry.reason ?? ''}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
