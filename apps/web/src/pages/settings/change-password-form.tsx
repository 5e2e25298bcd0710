import { minimumPasswordLength } from '@parley/api-contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/parley-client.ts';
import { SuccessMessage } from '../../components/alerts.tsx';
import { bindFields, TextField } from '../../components/field.tsx';
import { FieldForm } from '../../components/field-form.tsx';
import { FormActions } from '../../components/form-parts.tsx';
import { useFieldForm } from '../../components/use-field-form.ts';

const passwordFields = ['currentPassword', 'newPassword', 'confirmPassword'] as const;
type PasswordField = (typeof passwordFields)[number];
const noPasswords: Record<PasswordField, string> = {
  currentPassword: '',
  newPassword: '',
  confirmPassword: '',
};

/** Profile → Password: the current password, the new one twice. Other sessions end on success. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const form = useFieldForm(passwordFields);
  const [values, setValues] = useState(noPasswords);
  const [changed, setChanged] = useState(false);
  const { currentPassword, newPassword, confirmPassword } = values;

  // An edit hides the last success.
  const bind = bindFields(values, form.fieldErrors, (changes) => {
    setValues((current) => ({ ...current, ...changes }));
    setChanged(false);
  });

  /** The props of one password input. */
  function passwordInput(name: PasswordField, autoComplete: 'current-password' | 'new-password') {
    return { type: 'password', autoComplete, ...bind(name) };
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
    setValues(noPasswords);
    setChanged(true);
  }

  return (
    <section className="section" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('settings.password.title')}</h2>
      <p className="section-intro">{t('settings.password.intro')}</p>
      <SuccessMessage>{changed ? t('settings.password.changed') : null}</SuccessMessage>
      <FieldForm
        form={form}
        className="form card"
        onSubmit={(event) => form.submit(event, { validate, send })}
      >
        <TextField
          label={t('settings.password.current')}
          {...passwordInput('currentPassword', 'current-password')}
        />
        <TextField
          label={t('settings.password.new')}
          hint={t('common.passwordHint')}
          {...passwordInput('newPassword', 'new-password')}
        />
        <TextField
          label={t('settings.password.confirm')}
          {...passwordInput('confirmPassword', 'new-password')}
        />
        <FormActions
          submitting={form.submitting}
          submit={t('settings.password.submit')}
          submittingLabel={t('common.saving')}
        />
      </FieldForm>
    </section>
  );
}
