import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe, useSession } from '../session/session-context.tsx';
import { Disclosure } from './disclosure.tsx';
import { describeError } from './error-message.ts';
import { initialsOf } from './initials.ts';
import { roleLabel } from './role-label.ts';

/**
 * A disclosure: the button shows who is signed in (name and role); it opens a panel with the email,
 * organization and "Log out". Escape, a click elsewhere or tabbing out closes it.
 */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useSession();
  const [logoutError, setLogoutError] = useState<unknown>(null);

  async function logOut() {
    setLogoutError(null);
    try {
      await logout(); // the signed-in area then sends everyone to /login
    } catch (error) {
      setLogoutError(error);
    }
  }

  return (
    <Disclosure
      className="user-menu"
      panelClassName="user-menu-panel"
      button={
        <>
          <span className="avatar" aria-hidden="true">
            {initialsOf(me.user.name)}
          </span>
          <span className="user-menu-identity">
            <span className="user-menu-name">{me.user.name}</span>
            <span className="user-menu-role">{roleLabel(me.user.role, t)}</span>
          </span>
        </>
      }
    >
      {() => (
        <>
          <p className="user-menu-detail">{t('app.userMenu.signedInAs', { email: me.user.email })}</p>
          <p className="user-menu-detail">
            {t('app.userMenu.organization', { organization: me.organization.name })}
          </p>
          {logoutError !== null && (
            <p className="field-error" role="alert">
              {describeError(logoutError, t)}
            </p>
          )}
          <button type="button" className="button button-secondary user-menu-logout" onClick={logOut}>
            {t('app.userMenu.logOut')}
          </button>
        </>
      )}
    </Disclosure>
  );
}
