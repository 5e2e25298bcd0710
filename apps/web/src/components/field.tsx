import {
  type InputHTMLAttributes,
  type ReactNode,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
} from 'react';

/** Attributes that tie a control to its label, hint and error message. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

export interface FieldProps {
  label: string;
  hint?: string;
  error?: string | undefined;
  children: (control: FieldControlProps) => ReactNode;
}

/** A labelled form control with an optional hint and the error that belongs to it. */
export function Field({ label, hint, error, children }: FieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = Omit<FieldProps, 'children'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'value' | 'onChange'> & {
    value: string;
    onChange: (value: string) => void;
  };

/** A {@link Field} whose control is one input: its label, the input and the error that belongs to it. */
export function TextField({ label, hint, error, value, onChange, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input {...input} {...control} value={value} onChange={(event) => onChange(event.target.value)} />
      )}
    </Field>
  );
}

/** The props that tie a field component to one of its form's values. */
export interface BoundField<Value> {
  name: string;
  value: Value;
  error: string | undefined;
  onChange: (value: Value) => void;
}

/**
 * Ties a form's fields to its values, held as one object: `bind('email')` gives the email field its name,
 * value and error, and a change that hands `change` just that value, so a form does not spell out the
 * same four props for every field (a field's own props — label, hint, type — stay beside it).
 */
export function bindFields<Values extends object>(
  values: Values,
  errors: { readonly [Name in keyof Values]?: string | undefined },
  change: (changes: Partial<Values>) => void,
) {
  return <Name extends keyof Values & string>(name: Name): BoundField<Values[Name]> => ({
    name,
    value: values[name],
    error: errors[name],
    onChange: (value) => {
      const changes: Partial<Values> = {};
      changes[name] = value;
      change(changes);
    },
  });
}

/**
 * After a failed submit, moves focus to the first control the form marked invalid, so keyboard and
 * screen-reader users land on the problem. Focus happens in an effect, i.e. after the error is rendered.
 */
export function useInvalidFieldFocus() {
  const formRef = useRef<HTMLFormElement>(null);
  const [focusRequests, setFocusRequests] = useState(0);
  useEffect(() => {
    if (focusRequests > 0) formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequests]);
  const focusFirstInvalidField = useCallback(() => setFocusRequests((count) => count + 1), []);
  return { formRef, focusFirstInvalidField };
}
