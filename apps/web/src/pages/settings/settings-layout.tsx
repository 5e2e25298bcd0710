import { Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router-dom';
import { Loading } from '../../components/loading.tsx';
import { useMe } from '../../session/session-context.tsx';
import { groupLabel, visibleSettingsGroups } from './settings-sections.ts';

/**
 * Settings: a grouped sub-navigation of the sections this person may open, and the open section. The menu
 * needs only the session, so it shows at once: a section still loading its code or texts waits in its own
 * Suspense boundary, instead of holding back (or hiding) the whole page with the menu.
 */
export function SettingsLayout() {
  const { t } = useTranslation();
  const me = useMe();
  const titleId = useId();
  return (
    <div className="settings-layout">
      <nav className="settings-navigation" aria-labelledby={titleId}>
        <p className="settings-navigation-title" id={titleId}>
          {t('settings.title')}
        </p>
        {visibleSettingsGroups(me).map(({ group, sections }) => (
          <div key={group} className="settings-navigation-group">
            <p className="settings-navigation-group-label" id={`${titleId}-${group}`}>
              {groupLabel(group, t)}
            </p>
            <ul aria-labelledby={`${titleId}-${group}`}>
              {sections.map((section) => (
                <li key={section.path}>
                  <NavLink to={`/settings/${section.path}`}>{section.label(t)}</NavLink>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </nav>
      <div className="settings-content">
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </div>
    </div>
  );
}
