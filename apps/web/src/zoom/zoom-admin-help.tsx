import { useTranslation } from 'react-i18next';

/**
 * What a Zoom admin must have and do for organizations where someone else connects (Z10): the role
 * permissions, and the pre-approval steps when the account requires apps to be approved first.
 */
export function ZoomAdminHelp() {
  const { t } = useTranslation();
  return (
    <details className="disclosure">
      <summary>{t('zoomHelp.summary')}</summary>
      <div className="disclosure-body">
        <h3>{t('zoomHelp.roleHeading')}</h3>
        <p>{t('zoomHelp.roleIntro')}</p>
        <ul>
          <li>{t('zoomHelp.roleOwnerOrAdmin')}</li>
          <li>{t('zoomHelp.roleCustom')}</li>
          <li>{t('zoomHelp.roleUsersAndRooms')}</li>
        </ul>
        <p className="field-hint">{t('zoomHelp.roleWhere')}</p>
        <h3>{t('zoomHelp.preApprovalHeading')}</h3>
        <p>{t('zoomHelp.preApprovalIntro')}</p>
        <ol>
          <li>{t('zoomHelp.preApprovalSignIn')}</li>
          <li>{t('zoomHelp.preApprovalOpen')}</li>
          <li>{t('zoomHelp.preApprovalApprove')}</li>
          <li>{t('zoomHelp.preApprovalRequest')}</li>
        </ol>
        <p>{t('zoomHelp.afterwards')}</p>
      </div>
    </details>
  );
}
