import { useTranslation } from 'react-i18next';
import { Field } from '../../../components/field.tsx';
import {
  isValidDuration,
  maximumDurationMinutes,
  minimumDurationMinutes,
  type ScheduleDraft,
} from './schedule-draft.ts';

interface TimeFieldsProps {
  draft: ScheduleDraft;
  onChange: (change: Partial<ScheduleDraft>) => void;
  /** The recruiter's zone, named in the hint so nobody wonders whose 10:00 it is. */
  timeZone: string;
  errors: { startAt?: string | undefined; durationMinutes?: string | undefined };
}

/**
 * The time as fields beside the calendar: whoever does not drag (keyboard, screen reader, a precise time)
 * picks the same range here. Both edit the one draft.
 */
export function TimeFields({ draft, onChange, timeZone, errors }: TimeFieldsProps) {
  const { t } = useTranslation('interviews');
  const durationError =
    errors.durationMinutes ??
    (isValidDuration(draft.durationMinutes)
      ? undefined
      : t('schedule.time.durationRange', { min: minimumDurationMinutes, max: maximumDurationMinutes }));
  return (
    <fieldset className="schedule-section schedule-time-fields">
      <legend>{t('schedule.time.heading')}</legend>
      <p className="field-hint">{t('schedule.time.zoneHint', { timeZone })}</p>
      <Field label={t('schedule.time.date')} error={errors.startAt}>
        {(control) => (
          <input
            {...control}
            type="date"
            value={draft.date}
            onChange={(event) => onChange({ date: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('schedule.time.start')}>
        {(control) => (
          <input
            {...control}
            type="time"
            step={300}
            value={draft.startTime}
            onChange={(event) => onChange({ startTime: event.target.value })}
          />
        )}
      </Field>
      <Field label={t('schedule.time.duration')} error={durationError}>
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={minimumDurationMinutes}
            max={maximumDurationMinutes}
            step={5}
            value={Number.isNaN(draft.durationMinutes) ? '' : draft.durationMinutes}
            onChange={(event) => onChange({ durationMinutes: event.target.valueAsNumber })}
          />
        )}
      </Field>
    </fieldset>
  );
}
