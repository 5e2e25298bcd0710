import { useTranslation } from 'react-i18next';
import { EmptyState } from '../components/empty-state.tsx';
import { PageHeading } from '../components/page-heading.tsx';

/* Candidates is empty until its feature lands; it says so honestly. */

export function CandidatesPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading documentTitle={t('candidates.title')}>{t('candidates.title')}</PageHeading>
      <EmptyState title={t('candidates.emptyTitle')} text={t('candidates.emptyText')} />
    </>
  );
}
