import { type FormEvent, type ReactNode, type RefObject, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../api/api-error.ts';
import { ErrorAlert } from './alerts.tsx';
import { isEditConflict } from './edit-conflict.ts';

/** Someone else changed the thing first: said as a warning, since the page now shows their version. */
export function ConflictNotice({ children }: { children: string }) {
  return (
    <p className="alert alert-warning" role="alert">
      {children}
    </p>
  );
}

/**
 * A failed change: the conflict notice (in the page's own words) when someone else changed the thing
 * first, the error alert otherwise, nothing while there is no error.
 */
export function ChangeProblem({ error, conflict }: { error: unknown; conflict: string }) {
  if (error === null) return null;
  return isEditConflict(error) ? <ConflictNotice>{conflict}</ConflictNotice> : <ErrorAlert error={error} />;
}

/**
 * What an edit form (`useEditForm`) shows above its fields: the conflict notice in the page's words, and
 * the failed request's alert.
 */
export function FormProblems({
  form,
  conflictNotice,
}: {
  form: { conflict: boolean; submitError: unknown; unplacedIssues: FieldIssue[] };
  conflictNotice: string;
}) {
  return (
    <>
      {form.conflict && <ConflictNotice>{conflictNotice}</ConflictNotice>}
      {form.submitError !== null && <ErrorAlert error={form.submitError} issues={form.unplacedIssues} />}
    </>
  );
}

/** A form's submit button (disabled and relabelled while sending) and, given `onCancel`, its Cancel. */
export function FormActions({
  submitting,
  submit,
  submittingLabel,
  onCancel,
}: {
  submitting: boolean;
  submit: string;
  submittingLabel: string;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button button-primary" disabled={submitting}>
        {submitting ? submittingLabel : submit}
      </button>
      {onCancel && (
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      )}
    </div>
  );
}

interface EditFormCardProps {
  form: {
    formRef: RefObject<HTMLFormElement | null>;
    conflict: boolean;
    submitError: unknown;
    unplacedIssues: FieldIssue[];
    submitting: boolean;
  };
  heading: string;
  conflictNotice: string;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  submit: string;
  submittingLabel: string;
  onCancel: () => void;
  children: ReactNode;
}

/**
 * An edit form (`useEditForm`) opened in place, as a card under its heading: its problems above the
 * fields, Save and Cancel below, so every "Edit" looks and reads the same.
 */
export function EditFormCard(props: EditFormCardProps) {
  const { form, heading, conflictNotice, onSubmit, submit, submittingLabel, onCancel, children } = props;
  const headingId = useId();
  return (
    <form
      ref={form.formRef}
      className="form card section"
      noValidate
      aria-labelledby={headingId}
      onSubmit={onSubmit}
    >
      <h2 id={headingId}>{heading}</h2>
      <FormProblems form={form} conflictNotice={conflictNotice} />
      {children}
      <FormActions
        submitting={form.submitting}
        submit={submit}
        submittingLabel={submittingLabel}
        onCancel={onCancel}
      />
    </form>
  );
}

/** One checkbox per item: the chosen ids, as a list. */
export function CheckboxChoice({
  items,
  chosen,
  onChange,
}: {
  items: { id: string; label: ReactNode }[];
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  return (
    <ul className="checkbox-list">
      {items.map((item) => (
        <li key={item.id}>
          <label>
            <input
              type="checkbox"
              checked={chosen.includes(item.id)}
              onChange={(event) =>
                onChange(event.target.checked ? [...chosen, item.id] : chosen.filter((id) => id !== item.id))
              }
            />{' '}
            {item.label}
          </label>
        </li>
      ))}
    </ul>
  );
}
