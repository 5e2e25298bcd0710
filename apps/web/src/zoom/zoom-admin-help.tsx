import { useTranslation } from 'react-i18next';

/**
 * What a Zoom admin must have and do for organizations where someone else connects: the role
 * permissions, and the pre-approval steps when the account requires apps to be approved first.
 */
export function ZoomAdminHelp() {
  const { t } = useTranslation('zoom');
  return (
    <details className="disclosure">
      <summary>{t('zoom.help.summary')}</summary>
      <div className="disclosure-body">
        <h3>{t('zoom.help.roleHeading')}</h3>
        <p>{t('zoom.help.roleIntro')}</p>
        <ul>
          <li>{t('zoom.help.roleOwnerOrAdmin')}</li>
          <li>{t('zoom.help.roleCustom')}</li>
          <li>{t('zoom.help.roleUsersAndRooms')}</li>
        </ul>
        <p className="field-hint">{t('zoom.help.roleWhere')}</p>
        <h3>{t('zoom.help.preApprovalHeading')}</h3>
        <p>{t('zoom.help.preApprovalIntro')}</p>
        <ol>
          <li>{t('zoom.help.preApprovalSignIn')}</li>
          <li>{t('zoom.help.preApprovalOpen')}</li>
          <li>{t('zoom.help.preApprovalApprove')}</li>
          <li>{t('zoom.help.preApprovalRequest')}</li>
        </ol>
        <p>{t('zoom.help.afterwards')}</p>
      </div>
    </details>
  );
}
