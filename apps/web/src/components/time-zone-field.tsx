import { type KeyboardEvent, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  describeTimeZone,
  filterTimeZones,
  loadPlaceNames,
  type PlaceNames,
  timeZoneChoices,
} from '../format/time-zones.ts';
import { Field } from './field.tsx';

interface TimeZoneFieldProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  value: string;
  onChange: (timeZone: string) => void;
}

/**
 * A native select of every IANA time zone with a search box that narrows it ("tokyo", "new york", "gmt+9",
 * and once the place tables have loaded "japan", "Wien", "東京"). Enter in the search box picks the first
 * match instead of submitting the form.
 */
export function TimeZoneField({ label, hint, error, value, onChange }: TimeZoneFieldProps) {
  const { t, i18n } = useTranslation();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const placeNames = usePlaceNames();
  const choices = useMemo(() => timeZoneChoices(i18n.language, placeNames), [i18n.language, placeNames]);
  const matches = useMemo(() => filterTimeZones(choices, query), [choices, query]);

  const shown = matches.length > 0 ? matches : choices;
  const selected = choices.find((choice) => choice.id === value) ?? describeTimeZone(value, i18n.language);
  const options = shown.some((choice) => choice.id === value) ? shown : [selected, ...shown];

  function chooseFirstMatch(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter' || query.trim() === '') return;
    event.preventDefault();
    const firstMatch = matches[0];
    if (firstMatch) onChange(firstMatch.id);
  }

  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <div className="time-zone-picker">
          <label htmlFor={searchId} className="visually-hidden">
            {t('common.timeZone.search')}
          </label>
          <input
            id={searchId}
            type="search"
            className="time-zone-search"
            placeholder={t('common.timeZone.searchPlaceholder')}
            autoComplete="off"
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            onKeyDown={chooseFirstMatch}
          />
          {query.trim() !== '' && matches.length === 0 && (
            <p className="field-hint" role="status">
              {t('common.timeZone.noMatch', { query: query.trim() })}
            </p>
          )}
          <select {...control} value={value} onChange={(event) => onChange(event.target.value)}>
            {options.map((choice) => (
              <option key={choice.id} value={choice.id}>
                {choice.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </Field>
  );
}

/** The lazily loaded country and city names; until they arrive the search works on ids, names and offsets. */
function usePlaceNames(): PlaceNames | undefined {
  const [placeNames, setPlaceNames] = useState<{ of: PlaceNames }>();
  useEffect(() => {
    let current = true;
    loadPlaceNames()
      .then((of) => current && setPlaceNames({ of }))
      .catch(() => {
        // a failed chunk load leaves the search without countries and cities, which it can do without
      });
    return () => {
      current = false;
    };
  }, []);
  return placeNames?.of;
}
