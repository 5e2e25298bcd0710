import { isLanguage, type Language, languages } from '@parley/api-contract';
import type { SelectHTMLAttributes } from 'react';
import { languageEndonym } from '../i18n/language-preference.ts';
import { Field, type FieldProps } from './field.tsx';

type LanguageSelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'> & {
  value: Language;
  onChange: (language: Language) => void;
};

/** English, Deutsch, 日本語 — each language named in itself, so anyone can find their own. */
export function LanguageSelect({ value, onChange, ...selectProps }: LanguageSelectProps) {
  return (
    <select
      {...selectProps}
      value={value}
      onChange={(event) => {
        if (isLanguage(event.target.value)) onChange(event.target.value);
      }}
    >
      {languages.map((language) => (
        <option key={language} value={language} lang={language}>
          {languageEndonym(language)}
        </option>
      ))}
    </select>
  );
}

/** A {@link Field} whose control is the {@link LanguageSelect}: a person's or a candidate's language. */
export function LanguageField({
  label,
  hint,
  error,
  ...select
}: Omit<FieldProps, 'children'> & LanguageSelectProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => <LanguageSelect {...select} {...control} />}
    </Field>
  );
}
