import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/parley-client.ts';
import { SuccessMessage } from '../../components/alerts.tsx';
import { FieldForm } from '../../components/field-form.tsx';
import { FormActions } from '../../components/form-parts.tsx';
import { PageHeading } from '../../components/page-heading.tsx';
import { TimeZoneField } from '../../components/time-zone-field.tsx';
import { useFieldForm } from '../../components/use-field-form.ts';
import { useMe, useSession } from '../../session/session-context.tsx';

const organizationFields = ['timeZone'] as const;

/**
 * The organization's own settings (admins): its time zone, which new candidates start in, so a candidate
 * added by someone travelling does not silently get that person's zone.
 */
export function OrganizationSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { setMe } = useSession();
  const form = useFieldForm(organizationFields);
  const [timeZone, setTimeZone] = useState(me.organization.timeZone);
  const [saved, setSaved] = useState(false);

  async function send() {
    const updated = await api.updateOrganization({ timeZone });
    setSaved(true);
    setMe(updated);
  }

  return (
    <>
      <PageHeading
        documentTitle={t('settings.organization.title')}
        intro={t('settings.organization.intro', { organization: me.organization.name })}
      >
        {t('settings.organization.title')}
      </PageHeading>
      <SuccessMessage>{saved ? t('settings.organization.saved') : null}</SuccessMessage>
      <FieldForm form={form} className="form card" onSubmit={(event) => form.submit(event, { send })}>
        <TimeZoneField
          label={t('settings.organization.timeZone')}
          hint={t('settings.organization.timeZoneHint')}
          error={form.fieldErrors.timeZone}
          value={timeZone}
          onChange={(zone) => {
            setTimeZone(zone);
            setSaved(false);
          }}
        />
        <FormActions
          submitting={form.submitting}
          submit={t('settings.organization.submit')}
          submittingLabel={t('common.saving')}
        />
      </FieldForm>
    </>
  );
}
