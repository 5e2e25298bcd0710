import type { AuditEvent } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';
import { DataTable } from '../../../components/data-table.tsx';
import { useDateTimeFormat } from '../../../format/use-date-time.ts';
import { auditActionLabel, auditActorFallback } from './audit-actions.ts';
import { describeAuditDetails } from './audit-details.ts';

/** Audit events, newest first: when, what (with its details), who, which Zoom account and user, and the result. */
export function AuditLogTable({ events }: { events: AuditEvent[] }) {
  const { t, i18n } = useTranslation('audit');
  // The details name Zoom states and reasons, which are the `zoom` namespace's words.
  const { t: zoomT } = useTranslation('zoom');
  const { t: sharedT } = useTranslation();
  const formatDateTime = useDateTimeFormat();
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const words = {
    t,
    zoomT,
    sharedT,
    formatInstant: formatDateTime,
    formatList: (items: string[]) => list.format(items),
  };
  return (
    <DataTable
      caption={t('audit.log.tableCaption')}
      columns={[
        t('audit.log.time'),
        t('audit.log.action'),
        t('audit.log.actor'),
        t('audit.log.zoom'),
        t('audit.log.result'),
      ]}
    >
      {events.map((event) => (
        <tr key={event.id}>
          <td className="cell-nowrap" data-label={t('audit.log.time')}>
            <time dateTime={event.at}>{formatDateTime(event.at)}</time>
          </td>
          <th scope="row">
            <span className="cell-title">{auditActionLabel(event.action, t)}</span>
            <span className="cell-subtitle">{describeAuditDetails(event, words)}</span>
          </th>
          <td data-label={t('audit.log.actor')}>
            {event.actor?.name ?? (
              <span className="text-muted">{auditActorFallback(event.action, event.details, t)}</span>
            )}
          </td>
          <td data-label={t('audit.log.zoom')}>
            {event.zoomUserEmail && <span className="cell-title">{event.zoomUserEmail}</span>}
            {event.zoomAccountId && <code className="cell-subtitle">{event.zoomAccountId}</code>}
            {!event.zoomUserEmail && !event.zoomAccountId && <span className="text-muted">—</span>}
          </td>
          <td data-label={t('audit.log.result')}>
            {event.result === 'success' ? (
              <span className="badge badge-success">{t('audit.log.success')}</span>
            ) : (
              <span className="badge badge-danger">{t('audit.log.failure')}</span>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}
