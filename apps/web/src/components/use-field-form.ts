import { type SyntheticEvent, useState } from 'react';
import { splitFieldIssues } from './error-message.ts';
import { useInvalidFieldFocus } from './field.tsx';

type FieldErrors<Field extends string> = Partial<Record<Field, string>>;

/** What one submit of a {@link useFieldForm} form does. */
export interface FieldFormSubmit<Field extends string> {
  /** Problems found before sending, by field; any problem stops the submit. */
  validate?: () => FieldErrors<Field>;
  send: () => Promise<void>;
  /**
   * Looks at a failed send before it is shown: it may place a message on a field (`byField` is what the
   * server's issues already placed) and returns true when no alert above the form is needed.
   */
  onError?: (error: unknown, byField: FieldErrors<Field>) => boolean;
}

/**
 * The state every Parley form with labelled fields shares: errors beside their fields, the rest of a
 * failed request in an alert above the form, focus moved to the first invalid field, and the submit
 * button disabled while sending.
 */
export function useFieldForm<Field extends string>(fields: readonly Field[]) {
  const { formRef, focusFirstInvalidField } = useInvalidFieldFocus();
  const [fieldErrors, setFieldErrors] = useState<FieldErrors<Field>>({});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  /**
   * Runs one submit; `event` is the form's submit, or the click of a second action button beside it
   * (undefined when a confirmation dialog, outside the form, sends it).
   */
  async function submit(
    event: SyntheticEvent | undefined,
    { validate, send, onError }: FieldFormSubmit<Field>,
  ) {
    event?.preventDefault();
    setSubmitError(null);
    const errors = validate?.() ?? {};
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalidField();
      return;
    }
    setSubmitting(true);
    try {
      await send();
    } catch (error) {
      const { byField } = splitFieldIssues(error, fields);
      if (!onError?.(error, byField)) setSubmitError(error);
      setFieldErrors(byField);
      focusFirstInvalidField();
    } finally {
      setSubmitting(false);
    }
  }

  return {
    formRef,
    fieldErrors,
    submitting,
    submit,
    /** The failed request to show above the form, or null. */
    submitError,
    /** The failed request's issues that belong to no field of this form. */
    unplacedIssues: splitFieldIssues(submitError, fields).unplaced,
  };
}
