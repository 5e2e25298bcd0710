import type { Candidate, Language } from '@parley/api-contract';
import { type CandidateFieldName, candidateFieldNames } from '@parley/api-contract/candidate-fields';
import { useTranslation } from 'react-i18next';
import { bindFields, Field, TextField } from '../../components/field.tsx';
import { LanguageField } from '../../components/language-select.tsx';
import { TimeZoneField } from '../../components/time-zone-field.tsx';

/** What the add and edit forms hold: the candidate's fields as typed, tags as one comma-separated line. */
export interface CandidateValues {
  name: string;
  email: string;
  phone: string;
  timeZone: string;
  language: Language;
  source: string;
  notes: string;
  tags: string;
}

export { type CandidateFieldName, candidateFieldNames };

/** The form's values for an existing candidate. */
export function valuesOf(candidate: Candidate): CandidateValues {
  return { ...candidate, tags: candidate.tags.join(', ') };
}

/** "remote, senior,, Go" → ["remote", "senior", "Go"]: commas (also the Japanese 、) separate tags. */
export function parseTags(text: string): string[] {
  return text
    .split(/[,、，]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/** The values as the API takes them: trimmed, tags as a list. */
export function candidateInput(values: CandidateValues) {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    phone: values.phone.trim(),
    timeZone: values.timeZone,
    language: values.language,
    source: values.source.trim(),
    notes: values.notes,
    tags: parseTags(values.tags),
  };
}

/** Problems the browser can see before sending: a name and an e-mail with an @ are required. */
export function checkCandidateValues(
  values: CandidateValues,
  t: (key: 'validation.required' | 'validation.email') => string,
): Partial<Record<CandidateFieldName, string>> {
  const errors: Partial<Record<CandidateFieldName, string>> = {};
  if (!values.name.trim()) errors.name = t('validation.required');
  const email = values.email.trim();
  if (!email) errors.email = t('validation.required');
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) errors.email = t('validation.email');
  return errors;
}

interface CandidateFieldsProps {
  values: CandidateValues;
  errors: Partial<Record<CandidateFieldName, string>>;
  onChange: (values: CandidateValues) => void;
}

/** The fields of a candidate, shared by "Add candidate" and the candidate's edit form. */
export function CandidateFields({ values, errors, onChange }: CandidateFieldsProps) {
  const { t } = useTranslation('recruiting');
  const set = (changes: Partial<CandidateValues>) => onChange({ ...values, ...changes });
  const bind = bindFields(values, errors, set);
  return (
    <>
      <TextField
        label={t('candidates.fields.name')}
        hint={t('candidates.fields.nameHint')}
        autoComplete="off"
        maxLength={200}
        {...bind('name')}
      />
      <TextField
        label={t('candidates.fields.email')}
        type="email"
        autoComplete="off"
        maxLength={254}
        {...bind('email')}
      />
      <TextField
        label={t('candidates.fields.phone')}
        type="tel"
        autoComplete="off"
        maxLength={50}
        {...bind('phone')}
      />
      <TimeZoneField
        label={t('candidates.fields.timeZone')}
        hint={t('candidates.fields.timeZoneHint')}
        {...bind('timeZone')}
      />
      <LanguageField
        label={t('candidates.fields.language')}
        hint={t('candidates.fields.languageHint')}
        {...bind('language')}
      />
      <TextField
        label={t('candidates.fields.source')}
        hint={t('candidates.fields.sourceHint')}
        maxLength={100}
        {...bind('source')}
      />
      <TextField
        label={t('candidates.fields.tags')}
        hint={t('candidates.fields.tagsHint')}
        {...bind('tags')}
      />
      <Field label={t('candidates.fields.notes')} error={errors.notes}>
        {(control) => (
          <textarea
            {...control}
            name="notes"
            rows={4}
            maxLength={10_000}
            value={values.notes}
            onChange={(event) => set({ notes: event.target.value })}
          />
        )}
      </Field>
    </>
  );
}
