import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/parley-client.ts';
import type { Language, Me } from '../../api/types.ts';
import { ErrorAlert, SuccessMessage } from '../../components/alerts.tsx';
import { splitFieldIssues } from '../../components/error-message.ts';
import { Field, useInvalidFieldFocus } from '../../components/field.tsx';
import { LanguageSelect } from '../../components/language-select.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { TimeZoneField } from '../../components/time-zone-field.tsx';
import { useMe, useSession } from '../../session/session-context.tsx';

const profileFields = ['name', 'language', 'timeZone'] as const;
type ProfileField = (typeof profileFields)[number];

export function ProfileSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [saved, setSaved] = useState(false);
  return (
    <>
      <PageHeading documentTitle={t('profile.title')} intro={t('profile.intro')}>
        {t('profile.title')}
      </PageHeading>
      <SuccessMessage>{saved ? t('profile.saved') : null}</SuccessMessage>
      <ProfileForm me={me} onSaved={() => setSaved(true)} onEdit={() => setSaved(false)} />
    </>
  );
}

interface ProfileFormProps {
  me: Me;
  onSaved: () => void;
  onEdit: () => void;
}

function ProfileForm({ me, onSaved, onEdit }: ProfileFormProps) {
  const { t } = useTranslation();
  const { setMe } = useSession();
  const { formRef, focusFirstInvalidField } = useInvalidFieldFocus();
  const [name, setName] = useState(me.user.name);
  const [language, setLanguage] = useState<Language>(me.user.language);
  const [timeZone, setTimeZone] = useState(me.user.timeZone);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<ProfileField, string>>>({});
  const [submitError, setSubmitError] = useState<unknown>(null);
  const [submitting, setSubmitting] = useState(false);

  // The header's language switcher saves the language too; show what is saved now.
  const savedLanguage = me.user.language;
  useEffect(() => setLanguage(savedLanguage), [savedLanguage]);

  function edit<Value>(setValue: (value: Value) => void) {
    return (value: Value) => {
      setValue(value);
      onEdit();
    };
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSubmitError(null);
    const errors: Partial<Record<ProfileField, string>> = name.trim()
      ? {}
      : { name: t('validation.required') };
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) {
      focusFirstInvalidField();
      return;
    }
    setSubmitting(true);
    try {
      const updated = await api.updateMe({ name: name.trim(), language, timeZone });
      onSaved();
      setMe(updated);
    } catch (error) {
      const { byField } = splitFieldIssues(error, profileFields);
      setFieldErrors(byField);
      setSubmitError(error);
      focusFirstInvalidField();
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form ref={formRef} className="form card" noValidate onSubmit={save}>
      {submitError !== null && (
        <ErrorAlert error={submitError} issues={splitFieldIssues(submitError, profileFields).unplaced} />
      )}
      <dl className="facts">
        <div>
          <dt>{t('profile.email')}</dt>
          <dd>{me.user.email}</dd>
        </div>
      </dl>
      <Field label={t('profile.name')} error={fieldErrors.name}>
        {(control) => (
          <input
            {...control}
            name="name"
            autoComplete="name"
            value={name}
            onChange={(event) => edit(setName)(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('profile.language')} hint={t('profile.languageHint')} error={fieldErrors.language}>
        {(control) => (
          <LanguageSelect {...control} name="language" value={language} onChange={edit(setLanguage)} />
        )}
      </Field>
      <TimeZoneField
        label={t('profile.timeZone')}
        hint={t('profile.timeZoneHint')}
        error={fieldErrors.timeZone}
        value={timeZone}
        onChange={edit(setTimeZone)}
      />
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={submitting}>
          {submitting ? t('common.saving') : t('profile.submit')}
        </button>
      </div>
    </form>
  );
}
