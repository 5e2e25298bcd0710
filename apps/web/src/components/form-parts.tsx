import { type FormEvent, type ReactNode, type RefObject, useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../api/api-error.ts';
import { ErrorAlert } from './alerts.tsx';
import { isEditConflict } from './edit-conflict.ts';
import { FieldForm, SubmitButton } from './field-form.tsx';

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
      <SubmitButton submitting={submitting} submit={submit} submittingLabel={submittingLabel} />
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
    <FieldForm
      form={form}
      className="form card section"
      aria-labelledby={headingId}
      onSubmit={onSubmit}
      above={
        <>
          <h2 id={headingId}>{heading}</h2>
          {form.conflict && <ConflictNotice>{conflictNotice}</ConflictNotice>}
        </>
      }
    >
      {children}
      <FormActions
        submitting={form.submitting}
        submit={submit}
        submittingLabel={submittingLabel}
        onCancel={onCancel}
      />
    </FieldForm>
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
