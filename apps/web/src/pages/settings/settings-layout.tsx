import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router-dom';
import { useMe } from '../../session/session-context.tsx';
import { groupLabel, visibleSettingsGroups } from './settings-sections.ts';

/** Settings: a grouped sub-navigation of the sections this person may open, and the open section. */
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
        <Outlet />
      </div>
    </div>
  );
}
