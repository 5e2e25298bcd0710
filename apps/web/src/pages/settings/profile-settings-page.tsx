import type { Language, Me } from '@parley/api-contract';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/parley-client.ts';
import { SuccessMessage } from '../../components/alerts.tsx';
import { TextField } from '../../components/field.tsx';
import { FieldForm } from '../../components/field-form.tsx';
import { FormActions } from '../../components/form-parts.tsx';
import { LanguageField } from '../../components/language-select.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { TimeZoneField } from '../../components/time-zone-field.tsx';
import { useFieldForm } from '../../components/use-field-form.ts';
import { useMe, useSession } from '../../session/session-context.tsx';
import { ChangePasswordForm } from './change-password-form.tsx';
import { NotificationPreferencesForm } from './notification-preferences-form.tsx';

const profileFields = ['name', 'language', 'timeZone'] as const;
type ProfileField = (typeof profileFields)[number];

export function ProfileSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [saved, setSaved] = useState(false);
  return (
    <>
      <PageHeading documentTitle={t('settings.profile.title')} intro={t('settings.profile.intro')}>
        {t('settings.profile.title')}
      </PageHeading>
      <SuccessMessage>{saved ? t('settings.profile.saved') : null}</SuccessMessage>
      <ProfileForm me={me} onSaved={() => setSaved(true)} onEdit={() => setSaved(false)} />
      <ChangePasswordForm />
      {me.user.role === 'admin' && <NotificationPreferencesForm />}
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
  const form = useFieldForm(profileFields);
  const { fieldErrors } = form;
  const [name, setName] = useState(me.user.name);
  const [language, setLanguage] = useState<Language>(me.user.language);
  const [timeZone, setTimeZone] = useState(me.user.timeZone);
  const [receivesInvitations, setReceivesInvitations] = useState(me.user.receivesInterviewInvitations);
  // Interviewers get every invitation of theirs anyway; only those who schedule choose.
  const schedules = me.user.role !== 'interviewer';

  // The header's language switcher saves the language too; show what is saved now.
  const savedLanguage = me.user.language;
  useEffect(() => setLanguage(savedLanguage), [savedLanguage]);

  function edit<Value>(setValue: (value: Value) => void) {
    return (value: Value) => {
      setValue(value);
      onEdit();
    };
  }

  function validate(): Partial<Record<ProfileField, string>> {
    return name.trim() ? {} : { name: t('validation.required') };
  }

  async function send() {
    const updated = await api.updateMe({
      name: name.trim(),
      language,
      timeZone,
      ...(schedules && { receivesInterviewInvitations: receivesInvitations }),
    });
    onSaved();
    setMe(updated);
  }

  return (
    <FieldForm form={form} className="form card" onSubmit={(event) => form.submit(event, { validate, send })}>
      <dl className="facts">
        <div>
          <dt>{t('settings.profile.email')}</dt>
          <dd>{me.user.email}</dd>
        </div>
      </dl>
      <TextField
        label={t('settings.profile.name')}
        error={fieldErrors.name}
        name="name"
        autoComplete="name"
        value={name}
        onChange={edit(setName)}
      />
      <LanguageField
        label={t('settings.profile.language')}
        hint={t('settings.profile.languageHint')}
        error={fieldErrors.language}
        name="language"
        value={language}
        onChange={edit(setLanguage)}
      />
      <TimeZoneField
        label={t('settings.profile.timeZone')}
        hint={t('settings.profile.timeZoneHint')}
        error={fieldErrors.timeZone}
        value={timeZone}
        onChange={edit(setTimeZone)}
      />
      {schedules && (
        <div className="field field-checkbox">
          <label>
            <input
              type="checkbox"
              name="receivesInterviewInvitations"
              checked={receivesInvitations}
              aria-describedby="interview-invitations-hint"
              onChange={(event) => edit(setReceivesInvitations)(event.target.checked)}
            />{' '}
            {t('settings.profile.interviewInvitations')}
          </label>
          <p id="interview-invitations-hint" className="field-hint">
            {t('settings.profile.interviewInvitationsHint')}
          </p>
        </div>
      )}
      <FormActions
        submitting={form.submitting}
        submit={t('settings.profile.submit')}
        submittingLabel={t('common.saving')}
      />
    </FieldForm>
  );
}
