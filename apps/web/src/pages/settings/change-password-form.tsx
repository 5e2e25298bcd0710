import { minimumPasswordLength } from '@parley/api-contract';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/parley-client.ts';
import { ErrorAlert, SuccessMessage } from '../../components/alerts.tsx';
import { Field } from '../../components/field.tsx';
import { useFieldForm } from '../../components/use-field-form.ts';

const passwordFields = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type PasswordField = (typeof passwordFields)[number];

/** Profile → Password: the current password, the new one twice. Other sessions end on success. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const form = useFieldForm(passwordFields);
  const { fieldErrors } = form;
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [confirmPassword, setConfirmPassword] = useState('');
  const [changed, setChanged] = useState(false);

  function edit(setValue: (value: string) => void) {
    return (value: string) => {
      setValue(value);
      setChanged(false);
    };
  }

  function validate(): Partial<Record<PasswordField, string>> {
    const errors: Partial<Record<PasswordField, string>> = {};
    if (!currentPassword) errors.currentPassword = t('validation.required');
    if (newPassword.length < minimumPasswordLength) errors.newPassword = t('validation.passwordLength');
    else if (confirmPassword !== newPassword) errors.confirmPassword = t('validation.passwordMismatch');
    return errors;
  }

  async function send() {
    await api.changePassword({ currentPassword, newPassword });
    setCurrentPassword('');
    setNewPassword('');
    setConfirmPassword('');
    setChanged(true);
  }

  return (
    <section className="section" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('settings.password.title')}</h2>
      <p className="section-intro">{t('settings.password.intro')}</p>
      <SuccessMessage>{changed ? t('settings.password.changed') : null}</SuccessMessage>
      <form
        ref={form.formRef}
        className="form card"
        noValidate
        onSubmit={(event: FormEvent<HTMLFormElement>) => form.submit(event, { validate, send })}
      >
        {form.submitError !== null && <ErrorAlert error={form.submitError} issues={form.unplacedIssues} />}
        <PasswordInput
          label={t('settings.password.current')}
          name="currentPassword"
          autoComplete="current-password"
          error={fieldErrors.currentPassword}
          value={currentPassword}
          onChange={edit(setCurrentPassword)}
        />
        <PasswordInput
          label={t('settings.password.new')}
          hint={t('common.passwordHint')}
          name="newPassword"
          autoComplete="new-password"
          error={fieldErrors.newPassword}
          value={newPassword}
          onChange={edit(setNewPassword)}
        />
        <PasswordInput
          label={t('settings.password.confirm')}
          name="confirmPassword"
          autoComplete="new-password"
          error={fieldErrors.confirmPassword}
          value={confirmPassword}
          onChange={edit(setConfirmPassword)}
        />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.submitting}>
            {form.submitting ? t('common.saving') : t('settings.password.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

interface PasswordInputProps {
  label: string;
  hint?: string;
  name: PasswordField;
  autoComplete: 'current-password' | 'new-password';
  error: string | undefined;
  value: string;
  onChange: (value: string) => void;
}

function PasswordInput({ label, hint, name, autoComplete, error, value, onChange }: PasswordInputProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {(control) => (
        <input
          {...control}
          type="password"
          name={name}
          autoComplete={autoComplete}
          value={value}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
    </Field>
  );
}
