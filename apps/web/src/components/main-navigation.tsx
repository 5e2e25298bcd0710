import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

/** The four areas of Parley; `NavLink` marks the current one with `aria-current="page"`. */
export function MainNavigation() {
  const { t } = useTranslation();
  const areas = [
    { path: '/interviews', label: t('app.nav.interviews') },
    { path: '/candidates', label: t('app.nav.candidates') },
    { path: '/jobs', label: t('app.nav.jobs') },
    { path: '/settings', label: t('app.nav.settings') },
  ];
  return (
    <nav className="main-navigation" aria-label={t('app.nav.label')}>
      <ul>
        {areas.map((area) => (
          <li key={area.path}>
            <NavLink to={area.path}>{area.label}</NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
