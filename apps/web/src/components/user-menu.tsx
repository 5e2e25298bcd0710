import { useCallback, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe, useSession } from '../session/session-context.tsx';
import { describeError } from './error-message.ts';
import { initialsOf } from './initials.ts';
import { roleLabel } from './role-label.ts';
import { useDismissable } from './use-dismissable.ts';

/**
 * A disclosure: the button shows who is signed in (name and role); it opens a panel with the email,
 * organization and "Log out". Escape, a click elsewhere or tabbing out closes it.
 */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useMe();
  const { logout } = useSession();
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const [open, setOpen] = useState(false);
  const [logoutError, setLogoutError] = useState<unknown>(null);

  const close = useCallback(() => setOpen(false), []);
  useDismissable(open, close, containerRef, buttonRef);

  async function logOut() {
    setLogoutError(null);
    try {
      await logout(); // the signed-in area then sends everyone to /login
    } catch (error) {
      setLogoutError(error);
    }
  }

  return (
    <div className="user-menu" ref={containerRef}>
      <button
        ref={buttonRef}
        type="button"
        className="user-menu-button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <span className="avatar" aria-hidden="true">
          {initialsOf(me.user.name)}
        </span>
        <span className="user-menu-identity">
          <span className="user-menu-name">{me.user.name}</span>
          <span className="user-menu-role">{roleLabel(me.user.role, t)}</span>
        </span>
      </button>
      <div id={panelId} className="user-menu-panel" hidden={!open}>
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
      </div>
    </div>
  );
}
