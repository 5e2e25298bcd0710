import { type SyntheticEvent, useState } from 'react';
import { isEditConflict } from './edit-conflict.ts';
import { type FieldFormSubmit, useFieldForm } from './use-field-form.ts';

interface EditFormOptions<Field extends string, Base, Values> {
  fields: readonly Field[];
  /** What the form edits, as it was when the form opened: its version goes with the change. */
  start: Base;
  /** The form's values for a state of the thing. */
  valuesOf: (base: Base) => Values;
  /** Reads the thing's latest state (undefined when it is gone). */
  fetchLatest: () => Promise<Base | undefined>;
}

/**
 * {@link useFieldForm} for an edit that carries the version it started from (`base`): a submit that fails
 * because someone else saved first raises `conflict` (for the `ConflictNotice` above the fields) and loads the latest
 * state into `base` and the values, so nobody overwrites a change they never saw.
 */
export function useEditForm<Field extends string, Base, Values>({
  fields,
  start,
  valuesOf,
  fetchLatest,
}: EditFormOptions<Field, Base, Values>) {
  const form = useFieldForm(fields);
  const [base, setBase] = useState(start);
  const [values, setValues] = useState(() => valuesOf(start));
  const [conflict, setConflict] = useState(false);

  function onError(error: unknown): boolean {
    if (!isEditConflict(error)) return false;
    setConflict(true);
    void fetchLatest().then((latest) => {
      if (latest === undefined) return;
      setBase(latest);
      setValues(valuesOf(latest));
    });
    return true;
  }

  return {
    ...form,
    base,
    values,
    setValues,
    conflict,
    submit(event: SyntheticEvent | undefined, submit: Omit<FieldFormSubmit<Field>, 'onError'>) {
      setConflict(false);
      return form.submit(event, { ...submit, onError });
    },
  };
}
