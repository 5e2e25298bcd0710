import type { Language, Me } from '@parley/api-contract';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/parley-client.ts';
import { SuccessMessage } from '../../components/alerts.tsx';
import { bindFields, TextField } from '../../components/field.tsx';
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

interface ProfileValues {
  name: string;
  language: Language;
  timeZone: string;
  receivesInterviewInvitations: boolean;
}

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
  const [values, setValues] = useState<ProfileValues>(() => ({
    name: me.user.name,
    language: me.user.language,
    timeZone: me.user.timeZone,
    receivesInterviewInvitations: me.user.receivesInterviewInvitations,
  }));
  const { name, language, timeZone, receivesInterviewInvitations } = values;
  // Interviewers get every invitation of theirs anyway; only those who schedule choose.
  const schedules = me.user.role !== 'interviewer';

  // The header's language switcher saves the language too; show what is saved now.
  const savedLanguage = me.user.language;
  useEffect(() => setValues((current) => ({ ...current, language: savedLanguage })), [savedLanguage]);

  function edit(changes: Partial<ProfileValues>) {
    setValues((current) => ({ ...current, ...changes }));
    onEdit();
  }
  const bind = bindFields(values, form.fieldErrors, edit);

  function validate(): Partial<Record<ProfileField, string>> {
    return name.trim() ? {} : { name: t('validation.required') };
  }

  async function send() {
    const updated = await api.updateMe({
      name: name.trim(),
      language,
      timeZone,
      ...(schedules && { receivesInterviewInvitations }),
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
      <TextField label={t('settings.profile.name')} autoComplete="name" {...bind('name')} />
      <LanguageField
        label={t('settings.profile.language')}
        hint={t('settings.profile.languageHint')}
        {...bind('language')}
      />
      <TimeZoneField
        label={t('settings.profile.timeZone')}
        hint={t('settings.profile.timeZoneHint')}
        {...bind('timeZone')}
      />
      {schedules && (
        <div className="field field-checkbox">
          <label>
            <input
              type="checkbox"
              name="receivesInterviewInvitations"
              checked={receivesInterviewInvitations}
              aria-describedby="interview-invitations-hint"
              onChange={(event) => edit({ receivesInterviewInvitations: event.target.checked })}
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
