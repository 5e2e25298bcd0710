import { minimumPasswordLength } from '@parley/api-contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../api/api-error.ts';
import { api } from '../api/parley-client.ts';
import { bindFields, TextField } from '../components/field.tsx';
import { FieldForm, SubmitButton } from '../components/field-form.tsx';
import { LanguageField } from '../components/language-select.tsx';
import { TimeZoneField } from '../components/time-zone-field.tsx';
import { useFieldForm } from '../components/use-field-form.ts';
import { browserTimeZone } from '../format/date-time.ts';
import { applyLanguage, currentLanguage } from '../i18n/i18n.ts';
import { useSession } from '../session/session-context.tsx';

const acceptanceFields = ['name', 'password', 'language', 'timeZone'] as const;
type AcceptanceField = (typeof acceptanceFields)[number];

interface AcceptInvitationFormProps {
  token: string;
  /** The link stopped working between opening the page and submitting (used, revoked or expired). */
  onUnusable: (error: ApiError) => void;
}

/**
 * Name, password, language and time zone for the new account. The language field also switches this
 * page's language, so the person fills in the form in the language they choose.
 */
export function AcceptInvitationForm({ token, onUnusable }: AcceptInvitationFormProps) {
  const { t } = useTranslation();
  const { session, setMe } = useSession();
  const navigate = useNavigate();
  const form = useFieldForm(acceptanceFields);
  const [values, setValues] = useState(() => ({
    name: '',
    password: '',
    language: currentLanguage(),
    timeZone: browserTimeZone(),
  }));
  const { name, password, language, timeZone } = values;
  const bind = bindFields(values, form.fieldErrors, (changes) => {
    setValues((current) => ({ ...current, ...changes }));
    if (changes.language) void applyLanguage(changes.language);
  });

  function validate(): Partial<Record<AcceptanceField, string>> {
    const errors: Partial<Record<AcceptanceField, string>> = {};
    if (!name.trim()) errors.name = t('validation.required');
    if (password.length < minimumPasswordLength) errors.password = t('validation.passwordLength');
    return errors;
  }

  async function send() {
    const me = await api.acceptInvitation(token, { name: name.trim(), password, language, timeZone });
    setMe(me);
    navigate('/interviews', { replace: true });
  }

  function takeOver(error: unknown): boolean {
    const unusable =
      error instanceof ApiError &&
      (error.code === 'INVITATION_INVALID' || error.code === 'INVITATION_EXPIRED');
    if (unusable) onUnusable(error);
    return unusable;
  }

  return (
    <FieldForm
      form={form}
      className="form"
      onSubmit={(event) => form.submit(event, { validate, send, onError: takeOver })}
      above={
        session.status === 'signedIn' && (
          <p className="alert alert-info">
            {t('invitations.accept.signedInNotice', { email: session.me.user.email })}
          </p>
        )
      }
    >
      <TextField label={t('invitations.accept.name')} autoComplete="name" {...bind('name')} />
      <TextField
        label={t('invitations.accept.password')}
        hint={t('common.passwordHint')}
        type="password"
        autoComplete="new-password"
        {...bind('password')}
      />
      <LanguageField label={t('invitations.accept.language')} {...bind('language')} />
      <TimeZoneField label={t('invitations.accept.timeZone')} {...bind('timeZone')} />
      <SubmitButton
        block
        submitting={form.submitting}
        submit={t('invitations.accept.submit')}
        submittingLabel={t('invitations.accept.submitting')}
      />
    </FieldForm>
  );
}
