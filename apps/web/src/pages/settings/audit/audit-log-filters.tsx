import type { User } from '@parley/api-contract';
import { auditActionGroups } from '@parley/api-contract';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Field, TextField } from '../../../components/field.tsx';
import { auditActionLabel } from './audit-actions.ts';

/** Every group of actions the server records, in the order the filter offers them. */
const actionGroups = [
  'zoom',
  'accounts',
  'recruiting',
  'interviews',
  'notifications',
] as const satisfies readonly (keyof typeof auditActionGroups)[];

function actionGroupLabel(group: (typeof actionGroups)[number], t: TFunction<'audit'>): string {
  switch (group) {
    case 'zoom':
      return t('audit.log.groupZoom');
    case 'accounts':
      return t('audit.log.groupAccounts');
    case 'recruiting':
      return t('audit.log.groupRecruiting');
    case 'interviews':
      return t('audit.log.groupInterviews');
    case 'notifications':
      return t('audit.log.groupMessages');
  }
}

export interface AuditLogFilterValues {
  action: string;
  actorUserId: string;
  /** `YYYY-MM-DD` in the viewer's time zone, or empty. */
  fromDate: string;
  toDate: string;
}

export const noAuditLogFilters: AuditLogFilterValues = {
  action: '',
  actorUserId: '',
  fromDate: '',
  toDate: '',
};

interface AuditLogFiltersProps {
  values: AuditLogFilterValues;
  users: User[];
  dateRangeError: string | undefined;
  onChange: (values: AuditLogFilterValues) => void;
}

/** Action, person and date range; every change applies at once. */
export function AuditLogFilters({ values, users, dateRangeError, onChange }: AuditLogFiltersProps) {
  const { t } = useTranslation('audit');
  const set = (name: keyof AuditLogFilterValues, value: string) => onChange({ ...values, [name]: value });
  const filtered = Object.values(values).some((value) => value !== '');
  return (
    <form
      className="filters"
      aria-label={t('audit.log.filters')}
      onSubmit={(event) => event.preventDefault()}
    >
      <Field label={t('audit.log.action')}>
        {(control) => (
          <select {...control} value={values.action} onChange={(event) => set('action', event.target.value)}>
            <option value="">{t('audit.log.allActions')}</option>
            {actionGroups.map((group) => (
              <optgroup key={group} label={actionGroupLabel(group, t)}>
                {auditActionGroups[group].map((action) => (
                  <option key={action} value={action}>
                    {auditActionLabel(action, t)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('audit.log.actor')}>
        {(control) => (
          <select
            {...control}
            value={values.actorUserId}
            onChange={(event) => set('actorUserId', event.target.value)}
          >
            <option value="">{t('audit.log.everyone')}</option>
            {users.map((user) => (
              <option key={user.id} value={user.id}>
                {user.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        label={t('audit.log.from')}
        type="date"
        value={values.fromDate}
        max={values.toDate || undefined}
        onChange={(fromDate) => set('fromDate', fromDate)}
      />
      <TextField
        label={t('audit.log.to')}
        error={dateRangeError}
        type="date"
        value={values.toDate}
        min={values.fromDate || undefined}
        onChange={(toDate) => set('toDate', toDate)}
      />
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={!filtered}
          onClick={() => onChange(noAuditLogFilters)}
        >
          {t('audit.log.clearFilters')}
        </button>
      </div>
    </form>
  );
}
