import {
  type AdminIncidentKind,
  adminIncidentKinds,
  type NotificationPreferences,
} from '@parley/api-contract';
import { useMutation, useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationsApi } from '../../api/notifications-client.ts';
import { ErrorAlert, SuccessMessage } from '../../components/alerts.tsx';
import { FormActions } from '../../components/form-parts.tsx';
import { preferenceLabel } from '../../notifications/notification-words.ts';
import { notificationKeys, notificationPreferencesQuery } from '../../queries/notifications-queries.ts';
import { QueryView } from '../../queries/query-view.tsx';

/**
 * Settings → Profile, for admins: which of the admin notifications also come by e-mail (the bell shows
 * them all). The server reads the choice when it sends.
 */
export function NotificationPreferencesForm() {
  const query = useQuery(notificationPreferencesQuery());
  return <QueryView query={query}>{(preferences) => <PreferencesForm saved={preferences} />}</QueryView>;
}

function PreferencesForm({ saved }: { saved: NotificationPreferences }) {
  const { t } = useTranslation('notifications');
  const [email, setEmail] = useState<Record<AdminIncidentKind, boolean>>(saved.email);
  const save = useMutation({
    mutationFn: () => notificationsApi.updateNotificationPreferences({ email }),
    meta: { invalidates: [notificationKeys.preferences] },
  });
  return (
    <form
      className="form card"
      aria-labelledby="notification-preferences-title"
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <h2 id="notification-preferences-title">{t('preferences.title')}</h2>
      <p>{t('preferences.intro')}</p>
      {save.isError && <ErrorAlert error={save.error} />}
      <SuccessMessage>{save.isSuccess ? t('preferences.saved') : null}</SuccessMessage>
      <fieldset className="checkbox-list">
        <legend className="visually-hidden">{t('preferences.title')}</legend>
        {adminIncidentKinds.map((kind) => (
          <label key={kind} className="checkbox-field">
            <input
              type="checkbox"
              checked={email[kind]}
              onChange={(event) => {
                save.reset();
                setEmail((current) => ({ ...current, [kind]: event.target.checked }));
              }}
            />
            {preferenceLabel(kind, t)}
          </label>
        ))}
      </fieldset>
      <FormActions
        submitting={save.isPending}
        submit={t('preferences.save')}
        submittingLabel={t('preferences.save')}
      />
    </form>
  );
}
