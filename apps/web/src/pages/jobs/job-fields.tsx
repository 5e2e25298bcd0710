import type { EmploymentType } from '@parley/api-contract';
import { useTranslation } from 'react-i18next';
import { bindFields, Field, TextField } from '../../components/field.tsx';
import { employmentTypeLabel, employmentTypeValues } from './job-labels.ts';

/** What "New job" and the job's edit form both hold: the job's description as typed. */
export interface JobValues {
  title: string;
  department: string;
  location: string;
  employmentType: EmploymentType;
}

export const jobFieldNames = ['title', 'department', 'location', 'employmentType'] as const;
type JobFieldName = (typeof jobFieldNames)[number];

/** The values as the API takes them: trimmed. */
export function jobInput(values: JobValues): JobValues {
  return {
    title: values.title.trim(),
    department: values.department.trim(),
    location: values.location.trim(),
    employmentType: values.employmentType,
  };
}

/** Problems the browser can see before sending: a job needs a title. */
export function checkJobValues(
  values: JobValues,
  t: (key: 'validation.required') => string,
): Partial<Record<JobFieldName, string>> {
  return values.title.trim() ? {} : { title: t('validation.required') };
}

interface JobFieldsProps {
  values: JobValues;
  errors: Partial<Record<JobFieldName, string>>;
  onChange: (changes: Partial<JobValues>) => void;
}

/** The fields of a job's description, shared by "New job" and the job's edit form. */
export function JobFields({ values, errors, onChange }: JobFieldsProps) {
  const { t } = useTranslation('recruiting');
  const bind = bindFields(values, errors, onChange);
  return (
    <>
      <TextField label={t('jobs.jobTitle')} maxLength={200} {...bind('title')} />
      <TextField label={t('jobs.department')} maxLength={100} {...bind('department')} />
      <TextField label={t('jobs.location')} maxLength={200} {...bind('location')} />
      <Field label={t('jobs.employmentType')} error={errors.employmentType}>
        {(control) => (
          <select
            {...control}
            name="employmentType"
            value={values.employmentType}
            onChange={(event) =>
              onChange({
                employmentType:
                  employmentTypeValues.find((type) => type === event.target.value) ?? values.employmentType,
              })
            }
          >
            {employmentTypeValues.map((type) => (
              <option key={type} value={type}>
                {employmentTypeLabel(type, t)}
              </option>
            ))}
          </select>
        )}
      </Field>
    </>
  );
}
