import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../components/page-heading.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading documentTitle={t('app.notFound.title')} intro={t('app.notFound.text')}>
        {t('app.notFound.title')}
      </PageHeading>
      <p>
        <Link to="/interviews">{t('app.notFound.goHome')}</Link>
      </p>
    </>
  );
}
