import type { Language } from '@parley/api-contract';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/parley-client.ts';
import { applyLanguage, currentLanguage } from '../i18n/i18n.ts';
import { useSession } from '../session/session-context.tsx';
import { describeError } from './error-message.ts';
import { LanguageSelect } from './language-select.tsx';

/**
 * Switches the UI language at once. Signed in, the choice is also saved to the profile (`PATCH /api/me`);
 * if saving fails, the previous language comes back and the reason is shown.
 */
export function LanguageSwitcher() {
  const { t } = useTranslation();
  const { session, setMe } = useSession();
  const id = useId();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);

  async function switchTo(language: Language) {
    const previous = currentLanguage();
    setSaveError(null);
    await applyLanguage(language);
    if (session.status !== 'signedIn') return;
    setSaving(true);
    try {
      setMe(await api.updateMe({ language }));
    } catch (error) {
      await applyLanguage(previous);
      setSaveError(error);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="language-switcher">
      <label htmlFor={id}>{t('app.language.label')}</label>
      <LanguageSelect id={id} value={currentLanguage()} onChange={switchTo} aria-busy={saving} />
      {saveError !== null && (
        <p className="language-switcher-error" role="alert">
          {describeError(saveError, t)}
        </p>
      )}
    </div>
  );
}
