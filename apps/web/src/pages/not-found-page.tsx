import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PageHeading } from '../components/page-heading.tsx';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading documentTitle={t('notFound.title')} intro={t('notFound.text')}>
        {t('notFound.title')}
      </PageHeading>
      <p>
        <Link to="/interviews">{t('notFound.goHome')}</Link>
      </p>
    </>
  );
}
