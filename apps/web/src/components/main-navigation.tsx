import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';

/**
 * The four areas of Parley; `NavLink` marks the current one with `aria-current="page"`. On phones the list
 * folds behind a menu button (one header row instead of two), and choosing an area folds it again.
 */
export function MainNavigation() {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const areas = [
    { path: '/interviews', label: t('app.nav.interviews') },
    { path: '/candidates', label: t('app.nav.candidates') },
    { path: '/jobs', label: t('app.nav.jobs') },
    { path: '/settings', label: t('app.nav.settings') },
  ];
  return (
    <nav className={open ? 'main-navigation is-open' : 'main-navigation'} aria-label={t('app.nav.label')}>
      <button
        type="button"
        className="main-navigation-toggle"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((wasOpen) => !wasOpen)}
      >
        <span aria-hidden="true">☰</span> {t('app.nav.menu')}
      </button>
      <ul id={listId}>
        {areas.map((area) => (
          <li key={area.path}>
            <NavLink to={area.path} onClick={() => setOpen(false)}>
              {area.label}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
