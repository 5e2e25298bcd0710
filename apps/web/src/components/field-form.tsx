import type { FormHTMLAttributes, ReactNode, RefObject } from 'react';
import type { FieldIssue } from '../api/api-error.ts';
import { ErrorAlert } from './alerts.tsx';

type FieldFormProps = Omit<FormHTMLAttributes<HTMLFormElement>, 'noValidate' | 'children'> & {
  /** The form's state from `useFieldForm` or `useEditForm`. */
  form: { formRef: RefObject<HTMLFormElement | null>; submitError: unknown; unplacedIssues: FieldIssue[] };
  /** What comes before the failed request's alert: a heading, a notice. */
  above?: ReactNode;
  children: ReactNode;
};

/**
 * A form of labelled fields (`useFieldForm`, `useEditForm`): the browser's own validation bubbles off,
 * since the form shows each problem beside its field; the hook's ref, to focus the first invalid field;
 * the failed request's alert above the fields.
 */
export function FieldForm({ form, above, children, ...formProps }: FieldFormProps) {
  return (
    <form {...formProps} ref={form.formRef} noValidate>
      {above}
      {form.submitError !== null && <ErrorAlert error={form.submitError} issues={form.unplacedIssues} />}
      {children}
    </form>
  );
}

/** A form's submit button, disabled and relabelled while it sends; `block` spans the form's width. */
export function SubmitButton({
  submitting,
  submit,
  submittingLabel,
  block = false,
}: {
  submitting: boolean;
  submit: string;
  submittingLabel: string;
  block?: boolean;
}) {
  return (
    <button
      type="submit"
      className={block ? 'button button-primary button-block' : 'button button-primary'}
      disabled={submitting}
    >
      {submitting ? submittingLabel : submit}
    </button>
  );
}
