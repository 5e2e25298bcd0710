import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../api/api-error.ts';
import { api } from '../api/parley-client.ts';
import type { Language } from '../api/types.ts';
import { ErrorAlert } from '../components/alerts.tsx';
import { splitFieldIssues } from '../components/error-message.ts';
import { Field, useInvalidFieldFocus } from '../components/field.tsx';
import { LanguageSelect } from '../components/language-select.tsx';
import { TimeZoneField } from '../components/time-zone-field.tsx';
import { minimumPasswordLength } from '../components/validation.ts';
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
  const { formRef, focusFirstInvalidField } = useInvalidFieldFocus();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [language, setLanguage] = useState<Language>(currentLanguage());
  const [timeZone, setTimeZone] = useState(browserTimeZone());
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<AcceptanceField, string>>>({});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

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

  async function accept(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitError(null);
    const errors = validate();
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalidField();
      return;
    }
    setSubmitting(true);
    try {
      const me = await api.acceptInvitation(token, { name: name.trim(), password, language, timeZone });
      setMe(me);
      navigate('/interviews', { replace: true });
    } catch (error) {
      setSubmitting(false);
      if (
        error instanceof ApiError &&
        (error.code === 'INVITATION_INVALID' || error.code === 'INVITATION_EXPIRED')
      ) {
        onUnusable(error);
        return;
      }
      setFieldErrors(splitFieldIssues(error, acceptanceFields).byField);
      setSubmitError(error);
      focusFirstInvalidField();
    }
  }

  return (
    <form ref={formRef} className="form" noValidate onSubmit={accept}>
      {session.status === 'signedIn' && (
        <p className="alert alert-info">
          {t('acceptInvitation.signedInNotice', { email: session.me.user.email })}
        </p>
      )}
      {submitError !== null && (
        <ErrorAlert error={submitError} issues={splitFieldIssues(submitError, acceptanceFields).unplaced} />
      )}
      <Field label={t('acceptInvitation.name')} error={fieldErrors.name}>
        {(control) => (
          <input
            {...control}
            name="name"
            autoComplete="name"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('acceptInvitation.password')}
        hint={t('acceptInvitation.passwordHint')}
        error={fieldErrors.password}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            name="password"
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('acceptInvitation.language')} error={fieldErrors.language}>
        {(control) => (
          <LanguageSelect {...control} name="language" value={language} onChange={chooseLanguage} />
        )}
      </Field>
      <TimeZoneField
        label={t('acceptInvitation.timeZone')}
        error={fieldErrors.timeZone}
        value={timeZone}
        onChange={setTimeZone}
      />
      <button type="submit" className="button button-primary button-block" disabled={submitting}>
        {submitting ? t('acceptInvitation.submitting') : t('acceptInvitation.submit')}
      </button>
    </form>
  );
}
