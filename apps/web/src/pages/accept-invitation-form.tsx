import type { Language } from '@parley/api-contract';
import { minimumPasswordLength } from '@parley/api-contract';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../api/api-error.ts';
import { api } from '../api/parley-client.ts';
import { TextField } from '../components/field.tsx';
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
  const { fieldErrors } = form;
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const [timeZone, setTimeZone] = useState(browserTimeZone());

  function chooseLanguage(chosen: Language) {
    setLanguage(chosen);
    void applyLanguage(chosen);
  }

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
      <TextField
        label={t('invitations.accept.name')}
        error={fieldErrors.name}
        name="name"
        autoComplete="name"
        value={name}
        onChange={setName}
      />
      <TextField
        label={t('invitations.accept.password')}
        hint={t('common.passwordHint')}
        error={fieldErrors.password}
        type="password"
        name="password"
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
      />
      <LanguageField
        label={t('invitations.accept.language')}
        error={fieldErrors.language}
        name="language"
        value={language}
        onChange={chooseLanguage}
      />
      <TimeZoneField
        label={t('invitations.accept.timeZone')}
        error={fieldErrors.timeZone}
        value={timeZone}
        onChange={setTimeZone}
      />
      <SubmitButton
        block
        submitting={form.submitting}
        submit={t('invitations.accept.submit')}
        submittingLabel={t('invitations.accept.submitting')}
      />
    </FieldForm>
  );
}
