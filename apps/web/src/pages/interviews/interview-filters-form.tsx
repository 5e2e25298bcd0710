import type { JobSummary } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/field.tsx';
import { interviewStateLabel, interviewStateValues } from './interview-labels.ts';
import type { InterviewFilters } from './use-interview-filters.ts';

interface InterviewFiltersFormProps {
  filters: InterviewFilters;
  onChange: (changes: Partial<InterviewFilters>) => void;
  canChooseMine: boolean;
  jobs: readonly JobSummary[];
}

/** List or week; all or my interviews; job; state; and, in the list, the first and last day. */
export function InterviewFiltersForm({ filters, onChange, canChooseMine, jobs }: InterviewFiltersFormProps) {
  const { t } = useTranslation('interviews');
  return (
    <form className="filters" aria-label={t('filters.label')} onSubmit={(event) => event.preventDefault()}>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('view.label')}</legend>
        {(['list', 'week'] as const).map((view) => (
          <label key={view} className={filters.view === view ? 'segment segment-selected' : 'segment'}>
            <input
              type="radio"
              name="interview-view"
              value={view}
              checked={filters.view === view}
              onChange={() => onChange({ view })}
            />
            {view === 'list' ? t('view.list') : t('view.week')}
          </label>
        ))}
      </fieldset>
      {canChooseMine && (
        <Field label={t('filters.show')}>
          {(control) => (
            <select
              {...control}
              value={filters.mine ? 'mine' : 'all'}
              onChange={(event) => onChange({ mine: event.target.value === 'mine' })}
            >
              <option value="all">{t('filters.all')}</option>
              <option value="mine">{t('filters.mine')}</option>
            </select>
          )}
        </Field>
      )}
      <Field label={t('filters.job')}>
        {(control) => (
          <select
            {...control}
            value={filters.jobId}
            onChange={(event) => onChange({ jobId: event.target.value })}
          >
            <option value="">{t('filters.allJobs')}</option>
            {jobs.map((job) => (
              <option key={job.id} value={job.id}>
                {job.title}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('filters.state')}>
        {(control) => (
          <select
            {...control}
            value={filters.state}
            onChange={(event) =>
              onChange({ state: interviewStateValues.find((state) => state === event.target.value) ?? '' })
            }
          >
            <option value="">{t('filters.allStates')}</option>
            {interviewStateValues.map((state) => (
              <option key={state} value={state}>
                {interviewStateLabel(state, t)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {filters.view === 'list' && (
        <>
          <Field label={t('filters.from')}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={filters.from}
                onChange={(event) => onChange({ from: event.target.value })}
              />
            )}
          </Field>
          <Field label={t('filters.to')}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={filters.to}
                min={filters.from || undefined}
                onChange={(event) => onChange({ to: event.target.value })}
              />
            )}
          </Field>
        </>
      )}
    </form>
  );
}
