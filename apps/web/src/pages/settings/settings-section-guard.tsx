import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeading } from '../../components/page-heading.tsx';
import { useMe } from '../../session/session-context.tsx';
import { type SettingsSection, type SettingsSectionPath, settingsSections } from './settings-sections.ts';

/**
 * Shows a settings section only to people who may open it. A direct URL to an admin section says so in
 * words instead of pretending the page does not exist.
 */
export function SettingsSectionGuard({
  section,
  children,
}: {
  section: SettingsSectionPath;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const me = useMe();
  const definition: SettingsSection | undefined = settingsSections.find((entry) => entry.path === section);
  const access = definition ? definition.access(me) : 'forbidden';
  switch (access) {
    case 'granted':
      return children;
    case 'forbidden':
    case 'unavailable': {
      // The section says why in its own words when it has them (e.g. what to set up first).
      const explain = access === 'forbidden' ? definition?.forbidden : definition?.unavailable;
      const message = explain?.(t) ?? {
        heading: t('settings.noAccessHeading'),
        text: t('settings.noAccessText'),
      };
      return (
        <PageHeading documentTitle={message.heading} intro={message.text}>
          {message.heading}
        </PageHeading>
      );
    }
  }
}
